package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ServerResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The harness's busy share: recorded per server in results.json, and a note under the speed table above 90 %. */
class ClientBoundTest {

    private static final String NOTE = "client-bound: the server may be faster than shown";
    private static final String OUTPUT_DIR = "target/hammerbench-tests";

    @Test
    void aBusyHarnessGetsTheNoteInTextMarkdownAndHtml() {
        Comparison round = withBusy(SampleComparisons.seedRound(), OptionalDouble.of(0.97));

        assertThat(TextReport.render(round, SampleComparisons.HARNESS)).contains(NOTE + " (bottle 0.12.9: the"
                + " harness's busiest I/O thread was on CPU 97 % of the round)");
        assertThat(new MarkdownReport(SampleComparisons.HARNESS).render(round)).contains(NOTE);
        assertThat(new HtmlReport(SampleComparisons.HARNESS).render(round)).contains(NOTE);
        assertThat(ClientBound.lines(round)).hasSize(1);
    }

    @Test
    void aHarnessWithRoomToSpareOrUnmeasuredGetsNoNote() {
        assertThat(TextReport.render(withBusy(SampleComparisons.seedRound(), OptionalDouble.of(0.9)),
                SampleComparisons.HARNESS)).doesNotContain("client-bound");
        assertThat(TextReport.render(SampleComparisons.seedRound(), SampleComparisons.HARNESS))
                .doesNotContain("client-bound");
    }

    @Test
    void theShareIsInResultsJsonOrNull() {
        String json = new JsonReport(SampleComparisons.HARNESS).render(withBusy(SampleComparisons.seedRound(), OptionalDouble.of(0.97)));
        assertThat(json).contains("\"harnessBusyShare\": 0.97");
        assertThat(new JsonReport(SampleComparisons.HARNESS).render(SampleComparisons.seedRound())).contains("\"harnessBusyShare\": null");
    }

    @Test
    void throughTheExtensionTheShareIsRecordedAndAForcedLowThresholdShowsTheNote() throws IOException {
        double before = ClientBound.threshold;
        ClientBound.threshold = 0.0;
        try {
            EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("hammerbench.output.dir", OUTPUT_DIR)
                    .selectors(selectClass(BusyTestCases.class))
                    .execute().testEvents().assertStatistics(stats -> stats.succeeded(1));
        } finally {
            ClientBound.threshold = before;
        }
        double share = BusyTestCases.share.getAsDouble();
        assertThat(share).isGreaterThan(0).isLessThanOrEqualTo(1);
        Path dir = Path.of(OUTPUT_DIR, BusyTestCases.class.getName(), "hammered");
        assertThat(Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8)).contains(NOTE + " (busy-server:");
        assertThat(Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8)).contains("\"harnessBusyShare\": ");
    }

    @Test
    void aServerThatMakesTheHarnessWaitIsNotClientBound() throws IOException {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("hammerbench.output.dir", OUTPUT_DIR)
                .selectors(selectClass(SlowTestCases.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(1));

        // 20 ms per answer and 4 callers: the engine's I/O thread sleeps nearly all of the round
        assertThat(SlowTestCases.share.getAsDouble()).isBetween(0.0, 0.5);
        Path dir = Path.of(OUTPUT_DIR, SlowTestCases.class.getName(), "hammered");
        assertThat(Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8)).doesNotContain("client-bound");
    }

    static Comparison withBusy(Comparison round, OptionalDouble busy) {
        List<ServerResult> servers = round.servers().stream().map(s -> {
            HammerResult h = s.hammer();
            HammerResult busier = new HammerResult(h.target(), h.plan(), h.sent(), h.completed(), h.succeeded(),
                    h.outcomes(), h.wall(), h.latency(), s.name().equals("bottle") ? busy : OptionalDouble.empty());
            return new ServerResult(s.server(), busier, s.before(), s.after(), s.peakRss(), s.cpuTime(),
                    s.memoryOverTime(), s.peakSource());
        }).toList();
        return new Comparison(round.title(), round.plan(), round.parallel(), round.settle(), round.startedAt(),
                round.totalTime(), servers, round.harness());
    }

    static class BusyTestCases {
        static volatile OptionalDouble share = OptionalDouble.empty();

        @Test
        @LaunchServer(name = "busy-server", mainClass = "dev.hammerbench.testserver.TestServer", args = {"--port", "{port}"})
        @Hammer(calls = 2000, concurrency = 8, keepAlive = true, settle = "0")
        void hammered(HammerResult result) {
            share = result.harnessBusy();
        }
    }

    static class SlowTestCases {
        static volatile OptionalDouble share = OptionalDouble.empty();

        @Test
        @LaunchServer(name = "slow-server", mainClass = "dev.hammerbench.testserver.TestServer",
                args = {"--port", "{port}", "--delay-ms", "20"})
        @Hammer(calls = 100, concurrency = 4, keepAlive = true, settle = "0", timeout = "10s")
        void hammered(HammerResult result) {
            share = result.harnessBusy();
        }
    }

}
