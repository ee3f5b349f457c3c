package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/dev/hammerbench/report. A rendering that differs fails
 * the test; after an intended change, regenerate them with
 * {@code mvn -o test -Dtest='*ReportTest' -Dhammerbench.golden.update=true} and review the diff.
 */
final class Golden {

    private static final Path DIR = Path.of("src/test/resources/dev/hammerbench/report");

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("hammerbench.golden.update")) {
            write(file, actual);
            return;
        }
        assertThat(file).as("golden file %s (create it with -Dhammerbench.golden.update=true)", file).exists();
        String expected = read(file);
        // Byte-for-byte, line ends included: CSV must keep its CRLF.
        assertThat(actual).as("rendering compared with golden file %s", file).isEqualTo(expected);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
