package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexTest {

    @Test
    void linksEveryRoundReportInPathOrder(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("ZetaTest/second"), SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.failedRound(), root.resolve("AlphaTest/crashy"), SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.hostileRound(), root.resolve("ZetaTest/first"), SampleComparisons.HARNESS);
        // Not a round directory: too shallow, and too deep.
        Files.writeString(root.resolve("report.html"), "x");
        Files.createDirectories(root.resolve("A/b/c"));
        Files.writeString(root.resolve("A/b/c/report.html"), "x");

        String index = Files.readString(ReportIndex.update(root));

        assertThat(index).containsSubsequence("href=\"AlphaTest/crashy/report.html\"",
                "href=\"ZetaTest/first/report.html\"", "href=\"ZetaTest/second/report.html\"");
        assertThat(index.split("<a href=", -1)).hasSize(1 + 3);
        assertThat(index).contains("FailureTest.crashyServer",
                "Hostile &quot;names&quot;, &lt;tags&gt; &amp; commas,\nnewlines");
    }

    @Test
    void repeatedUpdatesGiveTheSameBytesAndPickUpNewRounds(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("A/one"), SampleComparisons.HARNESS);
        String first = Files.readString(ReportIndex.update(root));
        String again = Files.readString(ReportIndex.update(root));
        ReportFiles.write(SampleComparisons.failedRound(), root.resolve("A/two"), SampleComparisons.HARNESS);
        String third = Files.readString(ReportIndex.update(root));

        assertThat(again).isEqualTo(first);
        assertThat(third).contains("A/two/report.html");
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("A", "index.html");
        }
    }

    @Test
    void oddDirectoryNamesAreEncodedInLinksAndEscapedInText(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("My Test#1/a&b \"c\""), SampleComparisons.HARNESS);

        String index = Files.readString(ReportIndex.update(root));

        assertThat(index).contains("href=\"My%20Test%231/a%26b%20%22c%22/report.html\"",
                ">My Test#1/a&amp;b &quot;c&quot;/report.html</a>");
    }

    @Test
    void emptyOrMissingRootGetsAnIndexSayingSo(@TempDir Path root) throws IOException {
        Path index = ReportIndex.update(root.resolve("hammerbench"));

        assertThat(Files.readString(index)).contains("No report yet.");
    }
}
