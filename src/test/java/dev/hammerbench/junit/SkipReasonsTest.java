package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Skip reasons reach the console (Surefire shows only a count), for Hammerbench tests and no others. */
class SkipReasonsTest {

    @Test
    void theLaunchersServiceLoaderFindsTheListener() {
        assertThat(ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(SkipReasons.class);
    }

    @Test
    void aSkippedHammerbenchClassSaysWhyAndLaunchesNothing() {
        String out = run(SkippedClassTestCases.class);

        assertThat(out).contains("Hammerbench: skipped SkipReasonsTest$SkippedClassTestCases: needs a frobnicator; run install.sh");
        assertThat(LAUNCHED).isFalse();
    }

    @Test
    void aSkippedHammerbenchMethodSaysWhy() {
        String out = run(SkippedMethodTestCases.class);

        assertThat(out).contains("Hammerbench: skipped aRound(): not today");
    }

    @Test
    void otherSkippedTestsStaySilent() {
        assertThat(run(PlainSkippedTestCases.class)).doesNotContain("Hammerbench");
    }

    static volatile boolean LAUNCHED;

    /** Runs through a real launcher that registers only this listener, printing into a buffer. */
    private static String run(Class<?> testCases) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(new SkipReasons(out))
                .build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testCases))
                .configurationParameter(HammerbenchExtension.OUTPUT_DIR_KEY, HammerbenchTestKit.OUTPUT_DIR)
                .build());
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static boolean never() {
        return false;
    }

    @EnabledIf(value = "dev.hammerbench.junit.SkipReasonsTest#never", disabledReason = "needs a frobnicator; run install.sh")
    @LaunchServer(name = "never", mainClass = LaunchServerTest.TEST_SERVER, args = "{port}", url = "http://127.0.0.1:{port}/")
    static class SkippedClassTestCases {
        @Test
        void test() {
            LAUNCHED = true;
        }
    }

    static class SkippedMethodTestCases {
        @Test
        @Disabled("not today")
        @Hammer(calls = 1, urls = "http://127.0.0.1:1/")
        void aRound() {
        }
    }

    static class PlainSkippedTestCases {
        @Test
        @Disabled("not ours")
        void plain() {
        }
    }
}
