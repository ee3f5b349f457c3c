package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private final CsvReport csv = new CsvReport(SampleComparisons.HARNESS);

    @Test
    void seedRoundMatchesGoldenFile() {
        Golden.assertMatches("seed-round.csv", csv.render(SampleComparisons.seedRound()));
    }

    @Test
    void failedRoundMatchesGoldenFile() {
        Golden.assertMatches("failed-round.csv", csv.render(SampleComparisons.failedRound()));
    }

    @Test
    void hostileNamesAreQuotedAndReadBackExactly() {
        Comparison round = SampleComparisons.hostileRound();
        List<List<String>> rows = parse(csv.render(round));
        List<String> header = rows.get(0);

        assertThat(rows).hasSize(1 + round.servers().size() + 1).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        assertThat(rows.get(1).get(header.indexOf("name"))).isEqualTo("<script>alert(1)</script>");
        assertThat(rows.get(1).get(header.indexOf("version"))).isEqualTo("1.0 \"beta\", 'rc'");
        assertThat(rows.get(2).get(header.indexOf("name")))
                .isEqualTo("a-server-with-a-name-much-longer-than-any-column-should-hold,\nreally");
        assertThat(rows.get(2).get(header.indexOf("version"))).isEqualTo("v2\r\nX-Injected: yes");
        assertThat(rows.get(3).get(header.indexOf("row"))).isEqualTo("harness");
        assertThat(csv.render(round)).contains("\"1.0 \"\"beta\"\", 'rc'\"");
    }

    @Test
    void unknownFiguresAreEmptyCellsAndEveryFigureIsThere() {
        List<List<String>> rows = parse(csv.render(SampleComparisons.failedRound()));
        List<String> header = rows.get(0);
        List<String> crashy = rows.get(2);
        List<String> nginx = rows.get(3);

        assertThat(header).contains("sent", "succeeded", "success_rate", "throughput_per_s", "outcomes",
                "error_samples", "latency_p50_ms", "latency_p99_ms", "latency_max_ms", "cpu_ms_per_1000_calls",
                "before_rss_bytes", "after_rss_bytes", "after_pss_bytes", "after_uss_bytes", "peak_rss_bytes",
                "relative_speed", "relative_memory");
        assertThat(crashy.get(header.indexOf("outcomes"))).isEqualTo("refused=14990;resp-timeout=10");
        assertThat(crashy.get(header.indexOf("latency_p99_ms"))).isEmpty();
        assertThat(crashy.get(header.indexOf("success_rate"))).isEqualTo("0");
        assertThat(nginx.get(header.indexOf("pid"))).isEmpty();
        assertThat(nginx.get(header.indexOf("after_rss_bytes"))).isEmpty();
        assertThat(rows.get(1).get(header.indexOf("after_rss_bytes"))).isEqualTo(Long.toString(101L * 1024 * 1024));
    }

    @Test
    void fieldQuotingFollowsRfc4180() {
        assertThat(CsvReport.field("plain")).isEqualTo("plain");
        assertThat(CsvReport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReport.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvReport.field(null)).isEmpty();
    }

    /** RFC 4180 read back independently of the writer: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote may only open a field, at offset %d", i).isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare line break outside quotes at offset %d", i).isNotIn('\r', '\n');
                field.append(c);
            }
        }
        assertThat(quoted).as("unterminated quoted field").isFalse();
        assertThat(row).as("last record ends with CRLF").isEmpty();
        return rows;
    }
}
