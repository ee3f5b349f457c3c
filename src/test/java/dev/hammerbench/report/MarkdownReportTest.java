package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final MarkdownReport markdown = new MarkdownReport(SampleComparisons.HARNESS);

    @Test
    void seedRoundMatchesGoldenFile() {
        Golden.assertMatches("seed-round.md", markdown.render(SampleComparisons.seedRound()));
    }

    @Test
    void failedRoundMatchesGoldenFile() {
        Golden.assertMatches("failed-round.md", markdown.render(SampleComparisons.failedRound()));
    }

    @Test
    void hostileNamesCannotOpenHtmlOrSplitCells() {
        String md = markdown.render(SampleComparisons.hostileRound());

        // Every '<' is backslash-escaped, so no Markdown renderer passes it on as raw HTML.
        assertThat(md).doesNotContainPattern("(?<!\\\\)<").contains("\\<script>alert(1)\\</script>");
        // A table row's cell count is its unescaped pipes minus one; every row of a table has the header's.
        String[] speedRows = md.substring(md.indexOf("| server | calls"), md.indexOf("### Errors")).strip().split("\n");
        assertThat(speedRows).hasSize(2 + 3)
                .allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(unescapedPipes(speedRows[0])));
        assertThat(md).contains("| a-server-with-a-name-much-longer-than-any-column-should-hold, really v2  X-Injected: yes |");
    }

    @Test
    void errorMessagesAreWhole() {
        String md = markdown.render(SampleComparisons.hostileRound());

        assertThat(md).contains("x".repeat(300)).contains("\\<b>bold\\</b>");
    }

    private static long unescapedPipes(String row) {
        return row.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count();
    }
}
