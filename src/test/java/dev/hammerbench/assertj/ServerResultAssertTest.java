package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.Results.message;
import static dev.hammerbench.assertj.Results.server;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.hammerbench.result.ServerResult;

class ServerResultAssertTest {

    private final ServerResult healthy = server("jetty").build();

    /** 1950 of 2000 answered 200, 40 timed out, 10 never completed: 97.5 % in 2 s. */
    private final ServerResult struggling = server("bottle").calls(2000, 1990, 1950).outcome("200", 1950)
            .error("resp-timeout", 40, "Timeout 1000 MILLISECONDS").build();

    @Test
    void everyCheckStartsWithIsNotNull() {
        assertThatThrownBy(() -> HammerAssertions.assertThat((ServerResult) null).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> HammerAssertions.assertThat((ServerResult) null).memory())
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> HammerAssertions.assertThat((ServerResult) null).latency())
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Nested
    class SuccessRate {

        @Test
        void passesAtOrAboveTheFraction() {
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasSuccessRateAtLeast(1.0));
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(struggling).hasSuccessRateAtLeast(0.975));
        }

        @Test
        void failsBelowWithTheWholeStory() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).hasSuccessRateAtLeast(0.99))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage(message("Expecting actual:", "  success rate of server \"bottle\"",
                            "to be at least:", "  99 %",
                            "but was:", "  97.5 % (1950 of 2000 calls succeeded)",
                            "outcomes:", "  200: 1950, resp-timeout: 40"));
        }

        @Test
        void failsWhenNothingWasSent() {
            ServerResult idle = server("idle").calls(0, 0, 0).build();
            assertThatThrownBy(() -> HammerAssertions.assertThat(idle).hasSuccessRateAtLeast(0))
                    .hasMessageContaining("0 of 0 calls succeeded");
        }

        @Test
        void rejectsAFractionOutsideZeroToOne() {
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasSuccessRateAtLeast(99))
                    .withMessage("success rate must be a fraction from 0 to 1 (e.g. 0.99 for 99 %), but was 99.0");
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasSuccessRateAtLeast(-0.1));
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasSuccessRateAtLeast(Double.NaN));
        }
    }

    @Nested
    class NoErrors {

        @Test
        void passesWhenEveryCallCompletedWithAStatus() {
            ServerResult with503 = server("busy").calls(2000, 2000, 1900).build();
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(with503).hasNoErrors());
        }

        @Test
        void failsListingOutcomesAndSamples() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).hasNoErrors())
                    .hasMessage(message("Expecting actual:", "  outcomes of server \"bottle\"",
                            "to have no errors and every call completed",
                            "but had:", "  40 errors and 10 calls not completed (2000 sent, 1990 completed)",
                            "outcomes:", "  200: 1950, resp-timeout: 40",
                            "error samples:", "  resp-timeout: Timeout 1000 MILLISECONDS"));
        }

        @Test
        void failsOnAnyErrorClass() {
            ServerResult reset = server("reset").calls(10, 10, 9).outcome("200", 9)
                    .error("other:SSLException", 1, "handshake").build();
            assertThatThrownBy(() -> HammerAssertions.assertThat(reset).hasNoErrors())
                    .hasMessageContaining("1 error and 0 calls not completed")
                    .hasMessageContaining("other:SSLException: handshake");
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(reset).hasOutcomeCount("other:SSLException", 1));
        }

        @Test
        void failsWhenCallsDidNotCompleteEvenWithoutErrors() {
            ServerResult cutOff = server("slow").calls(2000, 1999, 1999).build();
            assertThatThrownBy(() -> HammerAssertions.assertThat(cutOff).hasNoErrors())
                    .hasMessageContaining("0 errors and 1 call not completed (2000 sent, 1999 completed)")
                    .hasMessageNotContaining("error samples");
        }
    }

    @Nested
    class OutcomeAndStatusCounts {

        @Test
        void passOnTheExactCount() {
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(struggling)
                    .hasOutcomeCount("resp-timeout", 40)
                    .hasOutcomeCount("refused", 0)
                    .hasStatusCount(200, 1950)
                    .hasStatusCount(503, 0));
        }

        @Test
        void failWithExpectedActualAndHistogram() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).hasOutcomeCount("resp-timeout", 0))
                    .hasMessage(message("Expecting actual:", "  count of outcome \"resp-timeout\" of server \"bottle\"",
                            "to be:", "  0", "but was:", "  40", "outcomes:", "  200: 1950, resp-timeout: 40"));
            assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).hasStatusCount(200, 2000))
                    .hasMessageContaining("count of outcome \"200\" of server \"bottle\"")
                    .hasMessageContaining("to be:\n  2000\nbut was:\n  1950");
        }

        @Test
        void rejectUnknownKeysAndStatuses() {
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasOutcomeCount("timeout", 0))
                    .withMessageStartingWith("unknown outcome key \"timeout\"; accepted: an HTTP status from 100 to 599 such as \"200\"")
                    .withMessageContaining("\"resp-timeout\"")
                    .withMessageContaining("\"other:ExceptionSimpleName\"");
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasOutcomeCount("020", 0))
                    .withMessageStartingWith("unknown outcome key \"020\"");
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasOutcomeCount("other:", 0));
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasOutcomeCount(null, 0))
                    .withMessageStartingWith("unknown outcome key null; accepted:");
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasStatusCount(42, 0))
                    .withMessage("HTTP status must be from 100 to 599, but was 42");
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasStatusCount(200, -1))
                    .withMessage("expected count of outcome \"200\" must be 0 or more, but was -1");
        }
    }

    @Nested
    class Throughput {

        @Test
        void passesAtOrAboveTheRate() {
            // 2000 calls in 2 s
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasThroughputAtLeast(1000));
        }

        @Test
        void failsBelowNamingCallsAndWallTime() {
            ServerResult slow = server("slow").wall(Duration.ofMillis(2500)).build();
            assertThatThrownBy(() -> HammerAssertions.assertThat(slow).hasThroughputAtLeast(1000))
                    .hasMessage(message("Expecting actual:", "  throughput of server \"slow\"",
                            "to be at least:", "  1000 calls/s",
                            "but was:", "  800 calls/s (2000 calls succeeded in 2.5 s)"));
        }

        @Test
        void rejectsANonPositiveRate() {
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(healthy).hasThroughputAtLeast(0))
                    .withMessage("throughput limit (calls per second) must be a positive finite number, but was 0.0");
        }
    }

    @Test
    void percentSignsInNamesAreNotFormatDirectives() {
        ServerResult odd = server("100%d").calls(10, 10, 5).build();
        assertThatThrownBy(() -> HammerAssertions.assertThat(odd).hasSuccessRateAtLeast(0.9))
                .hasMessageContaining("success rate of server \"100%d\"");
    }

    @Test
    void aDescriptionPrefixesTheMessage() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).as("after warm-up").hasSuccessRateAtLeast(0.99))
                .hasMessageStartingWith("[after warm-up] \nExpecting actual:");
    }

    @Test
    void aDescriptionCarriesOverToNavigatedAsserts() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(struggling).as("round 2").latency().p50LessThan(Duration.ofMillis(1)))
                .hasMessageStartingWith("[round 2] \nExpecting actual:\n  p50 latency of server \"bottle\"");
    }
}
