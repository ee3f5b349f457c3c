package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.Outcomes;
import dev.hammerbench.result.ServerResult;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelativeTest {

    @Test
    void seedRoundIsRankedByThroughputAndByRssAfter() {
        Comparison round = SampleComparisons.seedRound();

        assertThat(round.servers()).extracting(s -> Relative.speed(round, s))
                .containsExactly("fastest", "7.6x slower", "1.2x slower", "1.1x slower", "1.1x slower");
        assertThat(round.servers()).extracting(s -> Relative.memory(round, s))
                .containsExactly("smallest", "1.1x larger", "1.2x larger", "1.2x larger", "1.2x larger");
        assertThat(Relative.slowerBy(round, round.server("web.py")).getAsDouble()).isEqualTo((2000 / 7.6) / (460 / 13.2));
    }

    @Test
    void aServerWithoutSuccessesIsNeverFastestEvenWhenItFailsFastest() {
        Comparison round = SampleComparisons.failedRound();
        ServerResult healthy = round.server("jetty");
        // Refusing 15000 calls in 1 s beats serving them in 30 s on raw throughput, and must not win.
        Outcomes refused = new Outcomes(Map.of(ErrorClass.REFUSED.label(), 15000L), Map.of());
        ServerResult fastFailer = new ServerResult(round.server("crashy").server(), new HammerResult("x",
                round.plan(), 15000, 15000, 0, refused, Duration.ofSeconds(1), healthy.hammer().latency()),
                Optional.empty(), Optional.empty(), java.util.OptionalLong.empty(), Optional.empty(), List.of());
        Comparison ranked = new Comparison("t", round.plan(), false, Duration.ZERO, round.startedAt(),
                Duration.ofSeconds(31), List.of(healthy, fastFailer), round.harness());

        assertThat(Relative.speed(ranked, healthy)).isEqualTo("fastest");
        assertThat(Relative.speed(ranked, fastFailer)).isEqualTo("no successes");
        assertThat(Relative.slowerBy(ranked, fastFailer)).isEmpty();
    }

    @Test
    void ratiosThatRoundToOneKeepASecondDecimal() {
        assertThat(Relative.times(1.8)).isEqualTo("1.8x");
        assertThat(Relative.times(1.034)).isEqualTo("1.03x");
        assertThat(Relative.times(1.0004)).isEqualTo("1.00x");
        assertThat(Relative.times(12.25)).isEqualTo("12.3x");
    }

    @Test
    void serversWithoutMemoryAreNotRanked() {
        Comparison round = SampleComparisons.failedRound();

        assertThat(Relative.memory(round, round.server("nginx"))).isEqualTo("-");
        assertThat(Relative.memory(round, round.server("crashy"))).isEqualTo("smallest");
    }
}
