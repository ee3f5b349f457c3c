package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hammerbench.result.Baseline;
import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.Baselines;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file written and read back, its refusals, and the vs-baseline section of every format. */
class BaselineFileTest {

    static final Fingerprint HERE = new Fingerprint("Test CPU 3000", 2, 4L << 30, "Linux 6.1.0", "Vendor 17.0.15", "0.1.0");

    @TempDir
    Path dir;

    @Test
    void aRoundWrittenIsReadBackWithEveryRoundAndTheMachine() {
        Comparison round = SampleComparisons.roundsRound(5);
        Path file = dir.resolve("a/b/m.json");
        BaselineFile.write(file, round, HERE);

        Baseline read = BaselineFile.read(file);
        assertThat(read.fingerprint()).isEqualTo(HERE);
        assertThat(read.title()).isEqualTo("RoundsTest.shootout");
        assertThat(read.recordedAt()).isEqualTo(SampleComparisons.START);
        assertThat(read.servers()).extracting(BaselineFigures::name).containsExactly("fast", "twin", "slow");
        BaselineFigures expected = BaselineFigures.of(round.server("slow"));
        BaselineFigures slow = read.server("slow").orElseThrow();
        assertThat(slow.throughput()).containsExactlyElementsOf(expected.throughput());
        for (int i = 0; i < 5; i++) {
            assertThat(slow.p99().get(i)).isCloseTo(expected.p99().get(i), within(1e-12));
        }
        assertThat(slow.rssAfter()).isEqualTo(expected.rssAfter());
        assertThat(BaselineFile.differences(read, round, HERE)).isEmpty();
    }

    @Test
    void theFileIsStrictJsonAndVersioned() throws IOException {
        Path file = dir.resolve("m.json");
        BaselineFile.write(file, SampleComparisons.seedRound(), HERE);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) StrictJson.parse(Files.readString(file));
        assertThat(root).containsEntry("format", "hammerbench-baseline").containsKeys("formatVersion", "machine", "plan",
                "servers", "rounds");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void anotherPlanOrMachineIsListedFieldByField() {
        Path file = dir.resolve("m.json");
        BaselineFile.write(file, SampleComparisons.seedRound(), HERE);
        Baseline baseline = BaselineFile.read(file);
        Fingerprint there = new Fingerprint("Other CPU", 8, 4L << 30, "Linux 6.1.0", "Vendor 21", "0.1.0");

        assertThat(BaselineFile.differences(baseline, SampleComparisons.roundsRound(1), there))
                .contains("machine CPU model: Test CPU 3000 (baseline) vs Other CPU (now)",
                        "machine cores: 2 (baseline) vs 8 (now)", "machine JVM: Vendor 17.0.15 (baseline) vs Vendor 21 (now)")
                .anyMatch(d -> d.startsWith("server '") && d.endsWith("' is not in the baseline"));
    }

    @Test
    void corruptForeignAndNewerFilesAreRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, "{\"format\": \"hammerbench-baseline\",, }");
        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("baseline " + file + " cannot be used: invalid JSON at offset");
        Files.writeString(file, "[1, 2, 3]");
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining(file + " cannot be used: not a Hammerbench baseline");
        Files.writeString(file, "{\"format\": \"hammerbench-baseline\", \"formatVersion\": 1, \"machine\": {\"cpuModel\": 3}}");
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining("\"cpuModel\" is \"3\"; accepted: a string");
        Files.writeString(file, "{\"format\": \"hammerbench-baseline\", \"formatVersion\": 7}");
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining("formatVersion 7 is not supported; accepted: 1");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining(file + " is not a Hammerbench baseline: not UTF-8");
    }

    @Test
    void cellsJudgeNoiseWithRoundsAndGiveThePlainChangeWithout() {
        assertThat(BaselineTable.speed(List.of(100.0, 101.0, 99.0, 100.5, 99.5), List.of(120.0, 121.0, 119.0, 120.5, 119.5)))
                .matches("\\+20\\.0 % ±[0-9]\\.[0-9] %");
        assertThat(BaselineTable.speed(List.of(100.0, 101.0, 99.0, 100.5, 99.5), List.of(99.0, 102.0, 100.0, 98.5, 101.5)))
                .isEqualTo("same (within noise)");
        assertThat(BaselineTable.speed(List.of(100.0), List.of(88.0))).isEqualTo("-12.0 %");
        assertThat(BaselineTable.speed(List.of(), List.of(88.0))).isEqualTo("-");
        assertThat(BaselineTable.memory(java.util.OptionalLong.of(100L << 20), java.util.OptionalLong.of(120L << 20)))
                .isEqualTo("+20.0 MiB (+20.0 %)");
    }

    @Test
    void everyFormatHasTheSectionAndSaysPlainlyWhenNotComparable() {
        Comparison now = SampleComparisons.roundsRound(5);
        Comparison then = SampleComparisons.roundsRound(5);
        // the baseline's "fast" ran at the slow server's figures: now it is much faster
        List<BaselineFigures> servers = List.of(rename(BaselineFigures.of(then.server("slow")), "fast"),
                BaselineFigures.of(then.server("twin")), BaselineFigures.of(then.server("slow")));
        Baselines.attach(now, new BaselineCheck("base/m.json",
                new Baseline("t", SampleComparisons.START, Map.of(), false, HERE, servers), List.of(), false));

        String text = TextReport.render(now, SampleComparisons.HARNESS);
        assertThat(text).contains("vs baseline\n", "baseline: base/m.json (recorded 2026-11-26T06:00:00Z, 5 rounds)")
                .containsPattern("fast 1\\.0 +\\+[0-9]{2}\\.[0-9] % ±[0-9.]+ %").containsPattern("twin 1\\.0 +same \\(within noise\\)")
                .doesNotContain("NOT COMPARABLE");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Text.MAX_LINE));
        assertThat(new MarkdownReport(SampleComparisons.HARNESS).render(now)).contains("## vs baseline");
        String html = new HtmlReport(SampleComparisons.HARNESS).render(now);
        assertThat(html).contains("<h2>vs baseline</h2>", "Throughput, baseline and now (req/s)", ">baseline<", ">now<");
        String csv = new CsvReport(SampleComparisons.HARNESS).render(now);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("vsBaselineThroughputPercent",
                "vsBaselineThroughputSignificant", "vsBaselineRssAfterBytes");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) StrictJson.parse(new JsonReport(SampleComparisons.HARNESS).render(now));
        assertThat(json.get("baseline")).asString().contains("comparable=true", "throughputPercent=");

        Comparison elsewhere = SampleComparisons.roundsRound(5);
        Baselines.attach(elsewhere, new BaselineCheck("base/m.json",
                new Baseline("t", null, Map.of(), false, HERE, servers), List.of("machine cores: 8 (baseline) vs 2 (now)"), false));
        assertThat(TextReport.render(elsewhere, SampleComparisons.HARNESS))
                .contains("NOT COMPARABLE with the baseline", "  machine cores: 8 (baseline) vs 2 (now)", "fast 1.0 (not comparable)");
    }

    @Test
    void aRoundWithoutABaselineHasNoSection() {
        Comparison round = SampleComparisons.roundsRound(2);
        assertThat(TextReport.render(round, SampleComparisons.HARNESS)).doesNotContain("vs baseline");
        assertThat(new JsonReport(SampleComparisons.HARNESS).render(round)).contains("\"baseline\": null");
    }

    private static BaselineFigures rename(BaselineFigures figures, String name) {
        return new BaselineFigures(name, figures.throughput(), figures.p50(), figures.p90(), figures.p99(),
                figures.rssBefore(), figures.rssAfter(), figures.peakRss());
    }
}
