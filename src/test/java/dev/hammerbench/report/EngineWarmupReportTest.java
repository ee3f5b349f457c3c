package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.EngineWarmupResult;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.PlanSummary;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The harness's engine warm-up and a warm-up duration, told under the tables and in results.json. */
class EngineWarmupReportTest {

    @Test
    void aWarmedHarnessIsToldUnderTheTablesAndInTheJson() {
        Comparison warmed = withHarnessWarmup(SampleComparisons.seedRound(), new EngineWarmupResult(163_000,
                Duration.ofMillis(4534)));

        String line = "harness: its engine warmed once in this JVM before the first round, 163000 calls in "
                + Units.duration(Duration.ofMillis(4534)) + " against a loopback responder of its own (not counted)";
        assertThat(TextReport.render(warmed, SampleComparisons.HARNESS)).contains(line);
        assertThat(new MarkdownReport(SampleComparisons.HARNESS).render(warmed)).contains(line);
        Map<?, ?> harness = (Map<?, ?>) ((Map<?, ?>) StrictJson.parse(new JsonReport(SampleComparisons.HARNESS)
                .render(warmed))).get("harness");
        Map<?, ?> engineWarmup = (Map<?, ?>) harness.get("engineWarmup");
        assertThat(((Number) engineWarmup.get("calls")).longValue()).isEqualTo(163_000);
        assertThat(((Number) engineWarmup.get("ms")).doubleValue()).isEqualTo(4534);
    }

    @Test
    void aHarnessNotWarmedSaysNothingAboutIt() {
        Comparison cold = SampleComparisons.seedRound();

        assertThat(TextReport.render(cold, SampleComparisons.HARNESS)).doesNotContain("harness: its engine warmed");
    }

    @Test
    void aWarmupDurationIsShownAsADuration() {
        PlanSummary p = SampleComparisons.seedRound().plan();
        PlanSummary timed = new PlanSummary(p.calls(), p.duration(), 8, p.rate(), p.timeout(), true, 0, p.scale(),
                p.method(), p.path(), p.deadline(), p.rampUp(), p.rampUpDefault(), Optional.of(Duration.ofSeconds(5)));

        assertThat(Footer.plan(timed)).contains("(warm-up " + Units.duration(Duration.ofSeconds(5)) + ")");
        assertThat(Footer.plan(p)).contains("(warm-up " + p.warmup() + ")");
    }

    private static Comparison withHarnessWarmup(Comparison c, EngineWarmupResult warmup) {
        HarnessResult h = c.harness();
        return new Comparison(c.title(), c.plan(), c.parallel(), c.settle(), c.startedAt(), c.totalTime(), c.servers(),
                new HarnessResult(h.pid(), h.before(), h.after(), h.cpuTime(), Optional.of(warmup)), c.waited());
    }
}
