package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.Results.message;
import static dev.hammerbench.assertj.Results.server;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.BiConsumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.hammerbench.result.ServerResult;

class LatencyAssertTest {

    /** p50 2, p75 3, p90 4, p95 5, p99 8, p99.9 12, max 20, mean 2.5 ms (see Results). */
    private final ServerResult jetty = server("jetty").build();

    @ParameterizedTest(name = "{0} below {1} ms passes, below {2} ms fails")
    @CsvSource({
            "p50,   2.001, 2,   2 ms",
            "p90,   4.001, 4,   4 ms",
            "p99,   8.001, 8,   8 ms",
            "p99.9, 13,    12,  12 ms",
            "max,   21,    20,  20 ms",
            "mean,  2.6,   2.5, 2.5 ms"})
    void eachFigureIsStrictlyBelowItsLimit(String figure, double passingMillis, double failingMillis, String actual) {
        BiConsumer<LatencyAssert, Duration> check = switch (figure) {
            case "p50" -> LatencyAssert::p50LessThan;
            case "p90" -> LatencyAssert::p90LessThan;
            case "p99" -> LatencyAssert::p99LessThan;
            case "p99.9" -> LatencyAssert::p999LessThan;
            case "max" -> LatencyAssert::maxLessThan;
            default -> LatencyAssert::meanLessThan;
        };
        assertThatNoException().isThrownBy(() -> check.accept(HammerAssertions.assertThat(jetty).latency(), millis(passingMillis)));
        assertThatThrownBy(() -> check.accept(HammerAssertions.assertThat(jetty).latency(), millis(failingMillis)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(message("Expecting actual:", "  " + figure + " latency of server \"jetty\"",
                        "to be less than:", "  " + Format.duration(millis(failingMillis)), "but was:", "  " + actual));
    }

    @Test
    void aFailureShowsTheWholeDistribution() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(jetty).latency().percentileLessThan(95, ofMillis(5)))
                .hasMessage(message("Expecting actual:", "  p95 latency of server \"jetty\"",
                        "to be less than:", "  5 ms",
                        "but was:", "  5 ms",
                        "latency of 2000 responses:",
                        "  min 500 µs, mean 2.5 ms, p50 2 ms, p90 4 ms, p99 8 ms, p99.9 12 ms, max 20 ms"));
    }

    @Test
    void percentileAcceptsTheKeptPercentilesOnly() {
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(jetty).latency()
                .percentileLessThan(75, ofMillis(4)).percentileLessThan(100, ofMillis(21)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HammerAssertions.assertThat(jetty).latency().percentileLessThan(98, ofMillis(10)))
                .withMessage("percentile 98.0 is not kept; accepted: 50, 75, 90, 95, 99, 99.9, 100");
    }

    @Test
    void limitMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(jetty).latency().p99LessThan(Duration.ZERO))
                .withMessage("p99 latency limit must be a positive duration, but was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(jetty).latency().meanLessThan(null))
                .withMessage("mean latency limit must be a positive duration, but was null");
    }

    @Test
    void noResponsesMeansNoLatencyToVouchFor() {
        ServerResult down = server("down").calls(100, 100, 0).error("refused", 100, "Connection refused").build();
        assertThatThrownBy(() -> HammerAssertions.assertThat(down).latency().maxLessThan(ofMillis(1000)))
                .hasMessage(message("Expecting actual:", "  max latency of server \"down\"",
                        "to be less than:", "  1 s",
                        "but no call got a response, so no latency was measured; outcomes:",
                        "  refused: 100"));
    }

    @Test
    void unitsFollowTheSize() {
        ServerResult fast = server("fast").latencyScale(0.01).build();
        ServerResult slow = server("slow").latencyScale(100).build();
        assertThatThrownBy(() -> HammerAssertions.assertThat(fast).latency().p50LessThan(Duration.ofNanos(10_000)))
                .hasMessageContaining("to be less than:\n  10 µs\nbut was:\n  20 µs");
        assertThatThrownBy(() -> HammerAssertions.assertThat(slow).latency().p50LessThan(ofMillis(150)))
                .hasMessageContaining("to be less than:\n  150 ms\nbut was:\n  200 ms");
        assertThatThrownBy(() -> HammerAssertions.assertThat(slow).latency().maxLessThan(ofMillis(1500)))
                .hasMessageContaining("to be less than:\n  1.5 s\nbut was:\n  2 s");
    }

    private static Duration millis(double millis) {
        return Duration.ofNanos(Math.round(millis * 1e6));
    }
}
