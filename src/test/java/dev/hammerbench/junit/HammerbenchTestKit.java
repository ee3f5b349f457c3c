package dev.hammerbench.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs test-case classes through the real Jupiter engine, as a user's build would. */
final class HammerbenchTestKit {

    static final String OUTPUT_DIR = "target/hammerbench-tests";

    private HammerbenchTestKit() {
    }

    static EngineExecutionResults run(Class<?> testCases) {
        return run(testCases, Map.of());
    }

    static EngineExecutionResults run(Class<?> testCases, Map<String, String> configuration) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(HammerbenchExtension.OUTPUT_DIR_KEY, OUTPUT_DIR)
                .configurationParameters(configuration)
                .selectors(selectClass(testCases));
        // where JUnit puts published files in these runs (the testkit writes none unless told where)
        return JUnitRuntime.withOutputDirectory(builder, Path.of(OUTPUT_DIR, "junit-outputs")).execute();
    }

    static EngineExecutionResults runMethod(Class<?> testCases, String method) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(HammerbenchExtension.OUTPUT_DIR_KEY, OUTPUT_DIR)
                .selectors(selectMethod(testCases, method))
                .execute();
    }
}
