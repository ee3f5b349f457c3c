package dev.hammerbench.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
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
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(HammerbenchExtension.OUTPUT_DIR_KEY, OUTPUT_DIR)
                .configurationParameters(configuration)
                .outputDirectoryCreator(new Outputs())
                .selectors(selectClass(testCases))
                .execute();
    }

    static EngineExecutionResults runMethod(Class<?> testCases, String method) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(HammerbenchExtension.OUTPUT_DIR_KEY, OUTPUT_DIR)
                .selectors(selectMethod(testCases, method))
                .execute();
    }

    /** Where JUnit puts published files in these runs (the testkit writes none unless told where). */
    private static final class Outputs implements OutputDirectoryCreator {
        private final Path root = Path.of(OUTPUT_DIR, "junit-outputs");

        @Override
        public Path getRootDirectory() {
            return root;
        }

        @Override
        public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
            String name = descriptor.getUniqueId().toString().replaceAll("[^A-Za-z0-9._-]+", "_");
            return Files.createDirectories(root.resolve(name));
        }
    }
}
