package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A user's test JVM with SLF4J 2 and no provider (the test classpath less this build's own
 * slf4j-nop): the extension keeps SLF4J's warning off the console; a provider, or a provider the
 * user names, is left alone.
 */
class QuietSlf4jTest {

    @Test
    void withoutAProviderSlf4jSaysNothing() throws Exception {
        assertThat(run(true, false)).isEqualTo("logged\n");
    }

    @Test
    void withoutTheExtensionSlf4jWarns() throws Exception {
        assertThat(run(false, false)).contains("No SLF4J providers were found");
    }

    @Test
    void aProviderTheUserNamedIsKept() throws Exception {
        assertThat(run(true, true)).contains("org.example.Missing").doesNotContain("NOP_Fallback");
    }

    private static String run(boolean quiet, boolean userProvider) throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-nop"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath));
        if (userProvider) {
            argv.add("-Dslf4j.provider=org.example.Missing");
        }
        argv.addAll(List.of(LogOnceMain.class.getName(), Boolean.toString(quiet)));
        Process jvm = new ProcessBuilder(argv).redirectErrorStream(true).start();
        jvm.getOutputStream().close();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("child JVM ended; output:\n%s", output).isTrue();
        return output;
    }

    /** Logs one line through SLF4J, after the extension's step or without it. */
    public static final class LogOnceMain {
        public static void main(String[] args) {
            if (Boolean.parseBoolean(args[0])) {
                QuietSlf4j.whereNoProvider();
            }
            org.slf4j.LoggerFactory.getLogger(LogOnceMain.class).info("hello");
            System.out.println("logged");
        }
    }
}
