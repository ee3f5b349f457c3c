package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * OSHI is optional (Linux users do not get it): where it is needed and missing, measuring fails
 * with the dependency to add. Run in a JVM whose classpath lacks OSHI, with the portable knob.
 */
class OshiMissingTest {

    @Test
    void withoutProcAndWithoutOshiTheErrorSaysWhatToAdd() throws Exception {
        String output = runSnapshotSelf(false);

        assertThat(output).contains("needs OSHI on the test classpath", "hammerbench.platform=portable",
                "com.github.oshi:oshi-core:" + System.getProperty("hammerbench.expected.oshi"));
    }

    @Test
    void withOshiTheSameJvmMeasures() throws Exception {
        assertThat(runSnapshotSelf(true)).startsWith("rss=").doesNotContain("needs OSHI");
    }

    private static String runSnapshotSelf(boolean withOshi) throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> withOshi || !entry.contains("oshi-"))
                .collect(Collectors.joining(File.pathSeparator));
        Process jvm = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-Dhammerbench.platform=portable", SnapshotSelfMain.class.getName()))
                .redirectErrorStream(true).start();
        jvm.getOutputStream().close();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("child JVM ended; output:\n%s", output).isTrue();
        return output;
    }

    /** Measures its own JVM and prints the figure or the error. */
    public static final class SnapshotSelfMain {
        public static void main(String[] args) {
            try {
                System.out.println("rss=" + ProcessMeter.snapshotSelf().rss());
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
