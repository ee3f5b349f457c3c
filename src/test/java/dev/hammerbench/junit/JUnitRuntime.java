package dev.hammerbench.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What the JUnit the tests run on can do. The tests are compiled against 5.14 and run on 5.10 to
 * 6.1 (the pom's profiles): a test of a newer feature asks here, and each API a version lacks is
 * only touched from a nested class that this JUnit never loads (JUnit reflects over a test
 * class's methods, so a lambda over a missing type in a test class fails its discovery).
 */
final class JUnitRuntime {

    /** Files handed to {@code publishFile} reach listeners as file entries: Platform 1.12 (Jupiter 5.12) on. */
    static final boolean PUBLISHES_FILES = present("org.junit.platform.engine.reporting.FileEntry");

    private static final boolean HAS_OUTPUT_DIRECTORY_CREATOR = present("org.junit.platform.engine.OutputDirectoryCreator");

    private JUnitRuntime() {
    }

    /** The Jupiter version the tests run on, as its jar says. */
    static String jupiterVersion() {
        return String.valueOf(org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion());
    }

    /** Gives the testkit a folder for published files, the way this JUnit takes one (none before 5.12). */
    static EngineTestKit.Builder withOutputDirectory(EngineTestKit.Builder builder, Path root) {
        if (HAS_OUTPUT_DIRECTORY_CREATOR) {
            return Since514.attach(builder, root);
        }
        if (PUBLISHES_FILES) {
            return Since512.attach(builder, root);
        }
        return builder;
    }

    /** The names of the files published in a run: only where {@link #PUBLISHES_FILES}. */
    static List<String> publishedFileNames(EngineExecutionResults results) {
        return Since512.publishedFileNames(results);
    }

    static Path outputDirectory(Path root, TestDescriptor descriptor) throws IOException {
        String name = descriptor.getUniqueId().toString().replaceAll("[^A-Za-z0-9._-]+", "_");
        return Files.createDirectories(root.resolve(name));
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JUnitRuntime.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static final class Since514 {
        static EngineTestKit.Builder attach(EngineTestKit.Builder builder, Path root) {
            return builder.outputDirectoryCreator(new org.junit.platform.engine.OutputDirectoryCreator() {
                @Override
                public Path getRootDirectory() {
                    return root;
                }

                @Override
                public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
                    return outputDirectory(root, descriptor);
                }
            });
        }
    }

    /** File entries (5.12 on); and for 5.12 and 5.13, the output directory provider, deprecated from 5.14 on. */
    @SuppressWarnings("deprecation")
    private static final class Since512 {
        static List<String> publishedFileNames(EngineExecutionResults results) {
            return results.testEvents().fileEntryPublished().stream()
                    .map(event -> event.getPayload(org.junit.platform.engine.reporting.FileEntry.class).orElseThrow())
                    .map(entry -> entry.getPath().getFileName().toString())
                    .toList();
        }

        static EngineTestKit.Builder attach(EngineTestKit.Builder builder, Path root) {
            return builder.outputDirectoryProvider(new org.junit.platform.engine.reporting.OutputDirectoryProvider() {
                @Override
                public Path getRootDirectory() {
                    return root;
                }

                @Override
                public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
                    return outputDirectory(root, descriptor);
                }
            });
        }
    }
}
