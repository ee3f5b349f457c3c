package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexTest {

    @Test
    void groupsRoundsByClassNewestFirst(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("ZetaTest/second"), SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.failedRound(), root.resolve("AlphaTest/crashy"), SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.hostileRound(), root.resolve("ZetaTest/first"), SampleComparisons.HARNESS);
        // Not a round directory: too shallow, and too deep.
        Files.writeString(root.resolve("report.html"), "x");
        Files.createDirectories(root.resolve("A/b/c"));
        Files.writeString(root.resolve("A/b/c/report.html"), "x");

        String index = Files.readString(ReportIndex.update(root));

        // hostile (ZetaTest/first) started 06:02, crashy 06:01, seed (ZetaTest/second) 06:00
        assertThat(index).containsSubsequence("<h2>ZetaTest</h2>", "href=\"ZetaTest/first/report.html\"",
                "href=\"ZetaTest/second/report.html\"", "<h2>AlphaTest</h2>", "href=\"AlphaTest/crashy/report.html\"");
        assertThat(index.split("<h3><a href=", -1)).hasSize(1 + 3);
        assertThat(index).contains("FailureTest.crashyServer",
                "Hostile &quot;names&quot;, &lt;tags&gt; &amp; commas,\nnewlines");
    }

    @Test
    void eachRoundShowsItsDatePlanServersWinnerAndEveryFormat(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("ShootoutTest/seed"), SampleComparisons.HARNESS);

        String index = Files.readString(ReportIndex.update(root, SampleComparisons.START.minusSeconds(1)));

        assertThat(index).contains("2026-11-26 06:00:00 UTC", "plan: 2000 calls (warm-up 0), concurrency 0",
                "href=\"ShootoutTest/seed/report.html\">report.html</a>", "href=\"ShootoutTest/seed/report.md\">",
                "href=\"ShootoutTest/seed/results.csv\">", "href=\"ShootoutTest/seed/results.json\">");
        assertThat(index).containsPattern("<tr class=\"fastest\"><td>[^<]+</td><td class=\"num\">[0-9.]+</td>")
                .contains("<td>fastest</td>").containsPattern("<td>[0-9.]+x slower</td>");
        assertThat(index).doesNotContain("earlier run</span></h3>");
    }

    @Test
    void roundsFromBeforeThisRunAreMarkedAsAnEarlierRuns(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("A/old"), SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.hostileRound(), root.resolve("A/new"), SampleComparisons.HARNESS);

        String index = Files.readString(ReportIndex.update(root, SampleComparisons.START.plusSeconds(60)));

        assertThat(index).containsSubsequence("<section class=\"round\">", "href=\"A/new/report.html\"",
                "<section class=\"round earlier-run\">", "href=\"A/old/report.html\"",
                "<span class=\"earlier\">earlier run</span>");
    }

    @Test
    void pruneDeletesTheRoundsOfEarlierRunsAndKeepsThisRunsOnes(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("A/old"), SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("B/old"), SampleComparisons.HARNESS);
        ReportFiles.write(SampleComparisons.hostileRound(), root.resolve("A/new"), SampleComparisons.HARNESS);

        String index = Files.readString(ReportIndex.update(root, SampleComparisons.START.plusSeconds(60), true));

        assertThat(root.resolve("A/old")).doesNotExist();
        assertThat(root.resolve("B")).as("a class folder left empty goes too").doesNotExist();
        assertThat(root.resolve("A/new/report.html")).isRegularFile();
        assertThat(index).contains("href=\"A/new/report.html\"").doesNotContain("A/old").doesNotContain("B/old")
                .doesNotContain("class=\"round earlier-run\"").doesNotContain("earlier run</span></h3>");
    }

    @Test
    void withoutPruneEarlierRunsAreKept(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.seedRound(), root.resolve("A/old"), SampleComparisons.HARNESS);

        ReportIndex.update(root, SampleComparisons.START.plusSeconds(60), false);

        assertThat(root.resolve("A/old/report.html")).isRegularFile();
    }

    @Test
    void thePruneKnobTakesTrueOrFalseAndNamesItselfOtherwise() {
        assertThat(ReportIndex.prune(java.util.Optional.empty())).isFalse();
        assertThat(ReportIndex.prune(java.util.Optional.of(" TRUE "))).isTrue();
        assertThat(ReportIndex.prune(java.util.Optional.of("false"))).isFalse();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportIndex.prune(java.util.Optional.of("yes")))
                .withMessage("hammerbench.index.prune is \"yes\"; accepted: true (delete the reports of earlier runs"
                        + " at each index update) or false (keep them, marked as earlier runs)");
    }

    @Test
    void aRoundWithoutASummaryStillGetsItsTitleAndLinks(@TempDir Path root) throws IOException {
        ReportFiles.write(SampleComparisons.failedRound(), root.resolve("A/legacy"), SampleComparisons.HARNESS);
        Files.delete(root.resolve("A/legacy").resolve(IndexEntry.FILE_NAME));

        String index = Files.readString(ReportIndex.update(root));

        assertThat(index).contains("FailureTest.crashyServer", "date unknown", "href=\"A/legacy/results.json\"");
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
                "My Test#1/a&amp;b &quot;c&quot;/report.html");
    }

    @Test
    void emptyOrMissingRootGetsAnIndexSayingSo(@TempDir Path root) throws IOException {
        Path index = ReportIndex.update(root.resolve("hammerbench"));

        assertThat(Files.readString(index)).contains("No report yet.");
    }
}
