package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.Results.message;
import static dev.hammerbench.assertj.Results.server;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.hammerbench.result.HammerResult;

/** A bare HammerResult has the load checks of a server result, named by its target URI. */
class HammerResultAssertTest {

    private final HammerResult healthy = server("hello").hammer();

    private final HammerResult struggling = server("hello").calls(2000, 2000, 1900)
            .outcome("200", 1900).error("reset", 100, "Connection reset by peer").hammer();

    @Test
    void passes() {
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(healthy)
                .hasSuccessRateAtLeast(1).hasNoErrors().hasStatusCount(200, 2000).hasOutcomeCount("reset", 0)
                .hasThroughputAtLeast(999.9).latency().p99LessThan(ofMillis(9)).p50LessThan(ofMillis(3)));
    }

    @Test
    void failsNamingTheTarget() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).hasSuccessRateAtLeast(0.99))
                .hasMessage(message("Expecting actual:", "  success rate of target \"http://127.0.0.1:8080/hello\"",
                        "to be at least:", "  99 %",
                        "but was:", "  95 % (1900 of 2000 calls succeeded)",
                        "outcomes:", "  200: 1900, reset: 100"));
        assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).hasNoErrors())
                .hasMessageContaining("outcomes of target \"http://127.0.0.1:8080/hello\"")
                .hasMessageEndingWith("error samples:\n  reset: Connection reset by peer");
        assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).latency().p99LessThan(ofMillis(8)))
                .hasMessageContaining("p99 latency of target \"http://127.0.0.1:8080/hello\"");
    }

    @Test
    void nullActualFails() {
        assertThatThrownBy(() -> HammerAssertions.assertThat((HammerResult) null).hasThroughputAtLeast(1))
                .hasMessageContaining("Expecting actual not to be null");
    }
}
