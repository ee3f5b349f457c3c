package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rounds in every format: compact "±" cells and verdicts in text, Markdown and HTML; every round's figure in CSV and JSON. */
class RoundsReportTest {

    private final Comparison five = SampleComparisons.roundsRound(5);

    @Test
    void textShowsMediansWithMarginsAndTheVerdicts() {
        String text = TextReport.render(five, SampleComparisons.HARNESS);

        assertThat(Arrays.stream(text.split("\n"))).allSatisfy(line -> assertThat(Text.width(line)).isLessThanOrEqualTo(Text.MAX_LINE));
        assertThat(line(text, "fast 1.0")).contains("20.0k ±0.2k").contains("fastest");
        assertThat(line(text, "twin 1.0")).contains("same (within noise)");
        // 1.6x slower in every round: significant, with the Hodges-Lehmann "±"
        assertThat(line(text, "slow 1.0")).containsPattern("1\\.\\dx slower ±0\\.\\d");
        assertThat(text).contains("\nlatency\n");
        assertThat(text).contains("figures: the median of 5 rounds ± the far end of its 93.8 % (95 % needs 6 rounds) interval");
        assertThat(text).contains("relative: Mann-Whitney U, exact, two-sided, 95 %, each round's req/s against the fastest's;");
        assertThat(text).doesNotContain("…");
        assertThat(text).containsPattern("unstable: slow's req/s varied 1\\d\\.\\d % across its 5 rounds");
        assertThat(text).doesNotContain("unstable: fast").doesNotContain("unstable: twin");
    }

    @Test
    void aSameVerdictSaysWhatGapTheseRoundsCouldSee() {
        String text = TextReport.render(five, SampleComparisons.HARNESS);

        // twin's rounds lie within 1 % of fast's: "same", and a gap of a few percent would have shown
        assertThat(text).containsPattern("within noise: twin against fast \\(1\\.\\d\\dx\\): rounds as varied as these find a"
                + " gap nine runs in ten only from 1\\.0\\dx");
        // slow's 1.6x is far beyond its 18 % noise: a rerun reads the same, so no line
        assertThat(text).doesNotContain("fragile:");
    }

    @Test
    void aSlowerVerdictThatARerunCouldMissSaysHowOftenItWouldHold() {
        String text = TextReport.render(SampleComparisons.fragileRound(), SampleComparisons.HARNESS);

        assertThat(text).containsPattern("close [^\\n]* 1\\.\\dx slower ±0\\.\\d"); // one pair of rounds out of order: p = 0.016
        assertThat(text).containsPattern("fragile: close 1\\.\\d\\dx slower than fast: a run as noisy as this one finds it"
                + " again about \\d\\d %");
    }

    @Test
    void roundsThatDriftOneWaySayWhichWayAndWhy() {
        String text = TextReport.render(SampleComparisons.trendRound(), SampleComparisons.HARNESS);

        // every round faster than the last: Spearman rho 1, p = 2 / 6! = 0.0028
        assertThat(text).contains("rising: cold's req/s rose over its 6 rounds, 10.0k in round 1 to 20.0k in round 6"
                + " (Spearman rho 1.00, p = 0.003; Theil-Sen: +");
        // text wraps notes at 160 columns; Markdown keeps each in one line
        assertThat(new MarkdownReport(SampleComparisons.HARNESS).render(SampleComparisons.trendRound()))
                .contains("+61 % of its median from round 1 to round 6): it was still warming up, so its median is low and its interval wide; a longer"
                        + " warm-up (warmup = \"10s\"), or more rounds, helps");
        assertThat(text).contains("falling: slowing's req/s fell over its 6 rounds, 20.0k in round 1 to 11.1k in round 6"
                + " (Spearman rho -1.00");
        assertThat(text).doesNotContain("rising: steady").doesNotContain("falling: steady");
        assertThat(TextReport.render(five, SampleComparisons.HARNESS)).as("slow scatters, it does not drift")
                .doesNotContain("rising:").doesNotContain("falling:");
    }

    @Test
    void latencyCellsKeepTheMediansUnit() {
        String text = TextReport.render(five, SampleComparisons.HARNESS);

        // p50 of "fast" is wall / 2 in µs: 500, 505, 495, 502, 497 -> median 500 µs, ± to 505 and 495
        assertThat(line(text, "fast 1.0")).startsWith("fast 1.0").contains("50.0µs ±0.50µs"); // time/call: 1 s / 20 000
        assertThat(text).contains("500µs ±5.00µs");
    }

    @Test
    void tooFewRoundsToTestPrintTheRatioAndSaySo() {
        String text = TextReport.render(SampleComparisons.roundsRound(3), SampleComparisons.HARNESS);

        assertThat(line(text, "slow 1.0")).contains("x slower").doesNotContain("±0.");
        assertThat(line(text, "twin 1.0")).doesNotContain("same (within noise)");
        assertThat(text).contains("relative: untested ratios of medians: 3 rounds a server cannot show a significant"
                + " difference (Mann-Whitney's smallest p with 3 vs 3 is 0.10)");
    }

    @Test
    void oneRoundLooksAsItAlwaysHas() {
        String text = TextReport.render(SampleComparisons.roundsRound(1), SampleComparisons.HARNESS);

        assertThat(text).doesNotContain("±").doesNotContain("figures:").doesNotContain("\nlatency\n")
                .doesNotContain("same (within noise)");
        assertThat(line(text, "slow 1.0")).contains("1.6x slower");
    }

    @Test
    void markdownAndHtmlCarryTheSameCellsAndNotes() {
        String md = new MarkdownReport(SampleComparisons.HARNESS).render(five);
        String html = new HtmlReport(SampleComparisons.HARNESS).render(five);

        assertThat(md).contains("20.0k ±0.2k").contains("same (within noise)").contains("unstable: slow");
        assertThat(html).contains("20.0k ±0.2k").contains("same (within noise)")
                .contains("<p class=\"note\">unstable: slow");
    }

    @Test
    void csvHasEveryRoundsValueTheMedianTheIntervalAndTheVariation() {
        String csv = new CsvReport(SampleComparisons.HARNESS).render(five);
        List<String> header = Arrays.asList(csv.split("\r\n")[0].split(","));
        List<String> fast = Arrays.asList(csv.split("\r\n")[1].split(","));

        String rounds = fast.get(header.indexOf("throughput_per_s_rounds"));
        assertThat(rounds.split(";")).hasSize(5);
        assertThat(Double.parseDouble(rounds.split(";")[0])).isEqualTo(20_000);
        assertThat(Double.parseDouble(fast.get(header.indexOf("throughput_per_s_median")))).isEqualTo(20_000);
        assertThat(Double.parseDouble(fast.get(header.indexOf("throughput_per_s_ci_low")))).isCloseTo(20_000 / 1.01, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(header).contains("latency_p99_s_cv", "cpu_ms_per_1000_calls_ci_coverage", "slower_p_value", "rounds");
        List<String> slow = Arrays.asList(csv.split("\r\n")[3].split(","));
        assertThat(Double.parseDouble(slow.get(header.indexOf("slower_p_value")))).isLessThan(0.05);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheFiguresAndTheTestBehindTheVerdict() {
        Map<String, Object> root = (Map<String, Object>) StrictJson.parse(new JsonReport(SampleComparisons.HARNESS).render(five));
        List<Map<String, Object>> servers = (List<Map<String, Object>>) root.get("servers");
        Map<String, Object> slow = servers.get(2);

        assertThat(((Number) slow.get("rounds")).intValue()).isEqualTo(5);
        Map<String, Object> throughput = (Map<String, Object>) ((Map<String, Object>) slow.get("figures")).get("throughputPerS");
        assertThat((List<Object>) throughput.get("values")).hasSize(5);
        assertThat(throughput).containsKeys("median", "ciLow", "ciHigh", "ciCoverage", "coefficientOfVariation");
        Map<String, Object> verdict = (Map<String, Object>) slow.get("slowerThanFastest");
        assertThat(verdict.get("significant")).isEqualTo(true);
        assertThat(verdict.get("test")).isEqualTo("Mann-Whitney U, exact, two-sided, 95 %");
        assertThat(servers.get(0)).containsEntry("slowerThanFastest", null); // the fastest itself
        Map<String, Object> twin = (Map<String, Object>) servers.get(1).get("slowerThanFastest");
        assertThat(twin.get("significant")).isEqualTo(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonAndCsvCarryTheTrendOverTheRounds() {
        Map<String, Object> root = (Map<String, Object>) StrictJson.parse(
                new JsonReport(SampleComparisons.HARNESS).render(SampleComparisons.trendRound()));
        List<Map<String, Object>> servers = (List<Map<String, Object>>) root.get("servers");
        Map<String, Object> cold = (Map<String, Object>) servers.get(1).get("throughputTrend");
        Map<String, Object> steady = (Map<String, Object>) servers.get(0).get("throughputTrend");

        assertThat(((Number) cold.get("rho")).doubleValue()).isEqualTo(1.0);
        assertThat(((Number) cold.get("pValue")).doubleValue()).isCloseTo(2 / 720.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(cold).containsEntry("notable", true).containsKey("change");
        assertThat(steady).containsEntry("notable", false);
        String csv = new CsvReport(SampleComparisons.HARNESS).render(SampleComparisons.trendRound());
        List<String> header = Arrays.asList(csv.split("\r\n")[0].split(","));
        List<String> slowing = Arrays.asList(csv.split("\r\n")[3].split(","));
        assertThat(Double.parseDouble(slowing.get(header.indexOf("throughput_trend_rho")))).isEqualTo(-1.0);
        assertThat(header).contains("throughput_trend_p_value", "throughput_trend_change");
        assertThat(slowing.get(header.indexOf("throughput_trend_notable"))).isEqualTo("true");
    }

    @Test
    void aBusyMachineDuringAServersLoadIsNotedAboveAQuarter() {
        Comparison seed = SampleComparisons.seedRound();
        List<dev.hammerbench.result.ServerResult> servers = new java.util.ArrayList<>(seed.servers());
        servers.set(0, withOthers(servers.get(0), 0.35));
        servers.set(1, withOthers(servers.get(1), 0.20));
        Comparison busy = new Comparison(seed.title(), seed.plan(), seed.parallel(), seed.settle(), seed.startedAt(),
                seed.totalTime(), servers, seed.harness());

        String text = TextReport.render(busy, SampleComparisons.HARNESS);

        assertThat(text).contains("busy machine: other processes used 35 % of its CPU during bottle's round: its figures may be low");
        assertThat(text).doesNotContain("during web.py");
        assertThat(TextReport.render(seed, SampleComparisons.HARNESS)).doesNotContain("busy machine");
    }

    private static dev.hammerbench.result.ServerResult withOthers(dev.hammerbench.result.ServerResult s, double share) {
        return new dev.hammerbench.result.ServerResult(s.server(), s.hammer(), s.before(), s.after(), s.peakRss(),
                s.cpuTime(), s.memoryOverTime(), s.peakSource(), s.rounds(), java.util.OptionalDouble.of(share));
    }

    private static String line(String text, String start) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
