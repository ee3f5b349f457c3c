package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.Outcomes;
import dev.hammerbench.result.ServerResult;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void seedRoundMatchesGoldenFile() {
        Golden.assertMatches("seed-round.txt", TextReport.render(SampleComparisons.seedRound(), SampleComparisons.HARNESS));
    }

    @Test
    void failedRoundMatchesGoldenFile() {
        Golden.assertMatches("failed-round.txt",
                TextReport.render(SampleComparisons.failedRound(), SampleComparisons.HARNESS));
    }

    @Test
    void hostileRoundMatchesGoldenFile() {
        Golden.assertMatches("hostile-round.txt",
                TextReport.render(SampleComparisons.hostileRound(), SampleComparisons.HARNESS));
    }

    @Test
    void serverThatFailedEveryCallShowsNoLatencyIsNotFastestAndNamesItsErrors() {
        String text = TextReport.render(SampleComparisons.failedRound(), SampleComparisons.HARNESS);

        // Same time/call as the healthy servers (the open model paced it), but no latency and no rank.
        assertThat(line(text, "crashy ").split("\\s{2,}")).containsExactly("crashy", "15000", "0.0",
                "refused:14990 resp-timeout:10", "0", "2.00ms", "-", "-", "-", "-", "0.0", "no successes");
        assertThat(text).contains("  crashy: refused x14990: Connection refused: /127.0.0.1:41002",
                "  crashy: resp-timeout x10: Timeout 250 MILLISECONDS");
    }

    @Test
    void externalTargetHasDashesWhereNothingWasMeasured() {
        String text = TextReport.render(SampleComparisons.failedRound(), SampleComparisons.HARNESS);
        String memoryPart = text.substring(text.indexOf("\nmemory\n"));

        assertThat(line(memoryPart, "nginx ").split("\\s+")).containsExactly("nginx", "-", "-", "-", "-", "-", "-",
                "-", "-", "-");
    }

    @Test
    void noLineIsLongerThan160ColumnsEvenWithHugeFiguresAndNames() {
        for (Comparison round : List.of(SampleComparisons.seedRound(), SampleComparisons.failedRound(),
                SampleComparisons.hostileRound(), extremeRound())) {
            String text = TextReport.render(round, SampleComparisons.HARNESS);
            assertThat(text.split("\n"))
                    .as("lines of round %s", round.title())
                    .allSatisfy(line -> assertThat(Text.width(line)).as("width of: %s", line).isLessThanOrEqualTo(160));
        }
    }

    @Test
    void namesAndVerdictsShowWholeWhileTheLineFits() {
        Comparison round = renamed(SampleComparisons.seedRound(), "jdk JDK-HttpServer/17.0.15+6-Debian-1deb12u1");
        String text = TextReport.render(round, SampleComparisons.HARNESS);

        assertThat(text).contains("jdk JDK-HttpServer/17.0.15+6-Debian-1deb12u1  ").doesNotContain(Text.ELLIPSIS);
        assertThat(text.split("\n")).allSatisfy(l -> assertThat(Text.width(l)).isLessThanOrEqualTo(160));
    }

    @Test
    void aLineTooWideCutsTheNameNotTheRelativeColumn() {
        String text = TextReport.render(extremeRound(), SampleComparisons.HARNESS);
        String speedRow = line(text, "nnnn");
        String memoryRow = line(text.substring(text.indexOf("\nmemory\n")), "nnnn");

        assertThat(speedRow).contains(Text.ELLIPSIS).matches(".*  (fastest|no successes|[0-9.]+x slower)$");
        assertThat(memoryRow).matches(".*  (smallest|-|[0-9.]+x larger)$");
        for (String other : List.of("speed", "memory")) {
            String table = text.substring(text.indexOf("\n" + other + "\n"));
            String header = table.lines().skip(2).findFirst().orElseThrow();
            assertThat(header).as("the %s header keeps its relative column", other).endsWith("relative");
        }
    }

    private static Comparison renamed(Comparison round, String name) {
        List<ServerResult> servers = new ArrayList<>(round.servers());
        ServerResult first = servers.get(0);
        dev.hammerbench.result.ServerInfo info = first.server();
        servers.set(0, new ServerResult(new dev.hammerbench.result.ServerInfo(name, Optional.empty(), info.pid(), info.port(),
                info.baseUri(), info.logFile(), info.startupTime()), first.hammer(), first.before(), first.after(),
                first.peakRss(), first.cpuTime(), first.memoryOverTime(), first.peakSource()));
        return new Comparison(round.title(), round.plan(), round.parallel(), round.settle(), round.startedAt(),
                round.totalTime(), servers, round.harness());
    }

    @Test
    void longOutcomeListDropsWholeEntriesAndSaysHowMany() {
        String text = TextReport.render(extremeRound(), SampleComparisons.HARNESS);

        assertThat(text).containsPattern("200:\\d+ .*\\+\\d+ more");
    }

    @Test
    void harnessRowIsNamedAfterTheRunningJvm() {
        String text = TextReport.render(SampleComparisons.seedRound());

        assertThat(text).contains("harness Java " + Runtime.version().feature());
    }

    @Test
    void newlinesInNamesDoNotBreakRows() {
        String text = TextReport.render(SampleComparisons.hostileRound(), SampleComparisons.HARNESS);

        // Every table row starts with a server name or the harness: none starts with the name's second line.
        assertThat(text.split("\n")).noneMatch(line -> line.startsWith("really") || line.startsWith("X-Injected"));
    }

    /** Figures at the edge of every column: 10-digit counts, a 200-character name, 40 outcome kinds. */
    static Comparison extremeRound() {
        ServerResult base = SampleComparisons.hostileRound().servers().get(0);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("200", 9_999_999_999L);
        for (int i = 0; i < 40; i++) {
            counts.put(Integer.toString(400 + i), 1_000_000L + i);
        }
        counts.put(Outcomes.OTHER_PREFIX + "AVeryLongExceptionClassNameThatGoesOnAndOnForeverException", 7L);
        Outcomes outcomes = new Outcomes(counts, Map.of(Outcomes.OTHER_PREFIX
                + "AVeryLongExceptionClassNameThatGoesOnAndOnForeverException", "m".repeat(1000)));
        HammerResult hammer = new HammerResult("http://127.0.0.1:1/" + "p".repeat(300), base.hammer().plan(),
                outcomes.total(), outcomes.total(), 9_999_999_999L, outcomes, Duration.ofHours(30),
                base.hammer().latency());
        List<ServerResult> servers = new ArrayList<>();
        servers.add(new ServerResult(new dev.hammerbench.result.ServerInfo("n".repeat(200), Optional.of("v".repeat(50)),
                java.util.OptionalLong.of(Long.MAX_VALUE), 65535, base.server().baseUri(), Optional.empty(),
                Optional.of(Duration.ofHours(5))), hammer,
                Optional.of(SampleComparisons.snapshot(SampleComparisons.START, Integer.MAX_VALUE, Long.MAX_VALUE / 8)),
                Optional.of(SampleComparisons.snapshot(SampleComparisons.START, Integer.MAX_VALUE, Long.MAX_VALUE / 8)),
                java.util.OptionalLong.of(Long.MAX_VALUE), Optional.of(Duration.ofDays(300)), List.of()));
        servers.addAll(SampleComparisons.hostileRound().servers());
        return new Comparison("t".repeat(400), base.hammer().plan(), true, Duration.ofHours(1),
                SampleComparisons.START, Duration.ofDays(2), servers, SampleComparisons.hostileRound().harness());
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with '" + prefix + "' in:\n" + text));
    }
}
