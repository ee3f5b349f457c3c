package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @Test
    void writesTheFourFilesIntoANewDirectory(@TempDir Path root) throws IOException {
        Path dir = root.resolve("FrameworkShootoutTest/everyServerAnswers");

        List<Path> files = ReportFiles.write(SampleComparisons.seedRound(), dir, SampleComparisons.HARNESS);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("report.md", "results.csv", "results.json", "report.html");
        assertThat(files).allSatisfy(f -> assertThat(f).isRegularFile().hasParent(dir));
        assertThat(Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8))
                .isEqualTo(new JsonReport(SampleComparisons.HARNESS).render(SampleComparisons.seedRound()));
    }

    @Test
    void aSecondRoundReplacesTheFirstRoundsFiles(@TempDir Path dir) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), dir);
        ReportFiles.write(SampleComparisons.failedRound(), dir);

        assertThat(Files.readString(dir.resolve("report.md"))).contains("crashy").doesNotContain("bottle");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsNamedInTheError(@TempDir Path root) throws IOException {
        Path file = Files.writeString(root.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> ReportFiles.write(SampleComparisons.seedRound(), file.resolve("sub")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot create report directory").hasMessageContaining("not-a-dir");
    }
}
