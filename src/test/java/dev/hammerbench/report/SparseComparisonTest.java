package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records allow nulls (no plan, no harness, no title): every format still renders, with "-" or null. */
class SparseComparisonTest {

    private final Comparison empty = new Comparison(null, null, false, null, null, null, List.of(), null);

    @Test
    void everyFormatRendersARoundWithNothingInIt(@TempDir Path dir) {
        String text = TextReport.render(empty, SampleComparisons.HARNESS);

        assertThat(text).contains("Hammerbench round: \n", "plan: unknown", "settle -", "total -");
        assertThat(ReportFiles.write(empty, dir, SampleComparisons.HARNESS)).hasSize(4);
        var root = JsonReportTest.object(StrictJson.parse(new JsonReport(SampleComparisons.HARNESS).render(empty)));
        assertThat(root).containsEntry("title", null).containsEntry("plan", null).containsEntry("harness", null);
        assertThat(CsvReportTest.parse(new CsvReport(SampleComparisons.HARNESS).render(empty))).hasSize(2);
    }
}
