package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.Results.MIB;
import static dev.hammerbench.assertj.Results.message;
import static dev.hammerbench.assertj.Results.round;
import static dev.hammerbench.assertj.Results.server;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;

class ComparisonAssertTest {

    /** 2000 calls in 1 s, RSS 20 MiB after: fast and lean. */
    private final ServerResult jetty = server("jetty").wall(ofSeconds(1)).rss(19 * MIB, 20 * MIB).build();

    /** 97.5 % success, 2000 calls in 4 s, RSS 60 MiB after, p99 16 ms. */
    private final ServerResult bottle = server("bottle").calls(2000, 2000, 1950).wall(ofSeconds(4)).latencyScale(2)
            .rss(50 * MIB, 60 * MIB).build();

    /** 95 % success, and nobody launched it: no memory figures. */
    private final ServerResult nginx = server("nginx").calls(2000, 2000, 1900).external().build();

    private final Comparison round = round("ShootoutTest.everyServerAnswers", jetty, bottle, nginx);

    @Nested
    class Servers {

        @Test
        void serverByName() {
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).server("jetty").hasNoErrors());
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("bottle").hasSuccessRateAtLeast(0.99))
                    .hasMessageContaining("success rate of server \"bottle\"");
        }

        @Test
        void anUnknownServerFailsListingTheRound() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("tomcat"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage(message("Expecting actual:", "  round \"ShootoutTest.everyServerAnswers\"",
                            "to have a server named:", "  \"tomcat\"",
                            "but its servers are:", "  \"jetty\", \"bottle\", \"nginx\""));
        }

        @Test
        void hasServersIsTheExactSetInAnyOrder() {
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).hasServers("nginx", "jetty", "bottle"));
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).hasServers("jetty", "tomcat"))
                    .hasMessage(message("Expecting actual:", "  servers of round \"ShootoutTest.everyServerAnswers\"",
                            "to be exactly, in any order:", "  \"jetty\", \"tomcat\"",
                            "but was:", "  \"jetty\", \"bottle\", \"nginx\"",
                            "missing:", "  \"tomcat\"",
                            "unexpected:", "  \"bottle\", \"nginx\""));
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).hasServers("jetty", "bottle"))
                    .hasMessageEndingWith("unexpected:\n  \"nginx\"")
                    .hasMessageNotContaining("missing");
        }

        @Test
        void hasServersRejectsNoOrRepeatedNames() {
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(round).hasServers())
                    .withMessage("hasServers needs one or more distinct, non-null server names, but got []");
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(round).hasServers("a", "a"))
                    .withMessage("hasServers needs one or more distinct, non-null server names, but got [a, a]");
        }

        @Test
        void nullComparisonFails() {
            assertThatThrownBy(() -> HammerAssertions.assertThat((Comparison) null).server("jetty"))
                    .hasMessageContaining("Expecting actual not to be null");
            assertThatThrownBy(() -> HammerAssertions.assertThat((Comparison) null).everyServer())
                    .hasMessageContaining("Expecting actual not to be null");
            assertThatThrownBy(() -> HammerAssertions.assertThat((Comparison) null).hasServers("jetty"))
                    .hasMessageContaining("Expecting actual not to be null");
        }
    }

    @Nested
    class EveryServer {

        @Test
        void passesWhenEveryServerPasses() {
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).everyServer()
                    .hasSuccessRateAtLeast(0.95).hasNoErrors().hasStatusCount(404, 0).hasOutcomeCount("resp-timeout", 0)
                    .latency().p99LessThan(ofMillis(17)));
        }

        @Test
        void listsEveryFailingServerInOneFailure() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).everyServer().hasSuccessRateAtLeast(0.99))
                    .hasMessage(message("Expecting every server of round \"ShootoutTest.everyServerAnswers\" to pass,"
                                    + " but 2 of 3 did not:",
                            "  \"bottle\", \"nginx\"",
                            "",
                            "Expecting actual:", "  success rate of server \"bottle\"",
                            "to be at least:", "  99 %",
                            "but was:", "  97.5 % (1950 of 2000 calls succeeded)",
                            "outcomes:", "  200: 1950, 503: 50",
                            "",
                            "Expecting actual:", "  success rate of server \"nginx\"",
                            "to be at least:", "  99 %",
                            "but was:", "  95 % (1900 of 2000 calls succeeded)",
                            "outcomes:", "  200: 1900, 503: 100"));
        }

        @Test
        void latencyOnEveryServer() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).everyServer().latency().p99LessThan(ofMillis(10)))
                    .hasMessageStartingWith(message("Expecting every server of round \"ShootoutTest.everyServerAnswers\""
                            + " to pass, but 1 of 3 did not:", "  \"bottle\"", "",
                            "Expecting actual:", "  p99 latency of server \"bottle\"", "to be less than:", "  10 ms",
                            "but was:", "  16 ms"));
        }

        @Test
        void memoryOnEveryServerFailsTheOneNobodyLaunched() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).everyServer().memory().rssAfterLessThanMiB(50))
                    .hasMessageContaining("but 2 of 3 did not:\n  \"bottle\", \"nginx\"\n")
                    .hasMessageContaining("RSS after the load of server \"bottle\"\nto be less than:\n  50 MiB\nbut was:\n  60 MiB")
                    .hasMessageContaining("server \"nginx\" was not launched by @LaunchServer")
                    .hasMessageNotContaining("server \"jetty\"");
            Comparison launchedOnly = round("Lean", jetty, bottle);
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(launchedOnly).everyServer().memory()
                    .growsLessThanPercent(21).growsLessThanMiB(10.01).rssAfterLessThanMiB(61).peaksLessThanMiB(46));
        }

        @Test
        void aRoundWithoutServersFails() {
            Comparison empty = round("Empty");
            assertThatThrownBy(() -> HammerAssertions.assertThat(empty).everyServer().hasNoErrors())
                    .hasMessage(message("Expecting actual:", "  round \"Empty\"", "to have at least one server", "but it had none"));
        }
    }

    @Nested
    class FasterAndSmaller {

        @Test
        void fasterByName() {
            // jetty 2000 calls/s, bottle 500 calls/s
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).server("jetty").isFasterThan("bottle", 4));
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("jetty").isFasterThan("bottle", 5))
                    .hasMessage(message("Expecting actual:", "  throughput of server \"jetty\"",
                            "to be at least 5 x the throughput of server \"bottle\":", "  2437.5 calls/s (5 x 487.5 calls/s)",
                            "but was:", "  2000 calls/s (4.103 x)"));
        }

        @Test
        void smallerByName() {
            // jetty 20 MiB after, bottle 60 MiB after
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).server("jetty").isSmallerThan("bottle", 3));
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("jetty").isSmallerThan("bottle", 4))
                    .hasMessage(message("Expecting actual:", "  RSS after the load of server \"jetty\"",
                            "to be at most 1/4 of the RSS after the load of server \"bottle\":", "  15 MiB (60 MiB / 4)",
                            "but was:", "  20 MiB (20971520 bytes); the other has 3 x as much"));
        }

        @Test
        void smallerNeedsMemoryOnBothSides() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("jetty").isSmallerThan("nginx", 1))
                    .hasMessageEndingWith("but memory was not measured: server \"nginx\" was not launched by @LaunchServer"
                            + " (it is the URL http://127.0.0.1:8080/nginx), so there is no process to measure");
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("nginx").isSmallerThan("jetty", 1))
                    .hasMessageStartingWith(message("Expecting actual:", "  RSS after the load of server \"nginx\""))
                    .hasMessageContaining("server \"nginx\" was not launched by @LaunchServer");
        }

        @Test
        void anUnknownOtherServerFailsListingTheRound() {
            assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("jetty").isFasterThan("tomcat", 1))
                    .hasMessageContaining("to have a server named:\n  \"tomcat\"\nbut its servers are:\n  \"jetty\", \"bottle\", \"nginx\"");
        }

        @Test
        void withServerResultsDirectly() {
            assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(jetty).isFasterThan(bottle, 3.9).isSmallerThan(bottle, 2.9));
            assertThatThrownBy(() -> HammerAssertions.assertThat(bottle).isFasterThan(jetty, 1))
                    .hasMessageContaining("but was:\n  487.5 calls/s (0.244 x)");
            assertThatThrownBy(() -> HammerAssertions.assertThat(bottle).isSmallerThan(jetty, 1))
                    .hasMessageContaining("but was:\n  60 MiB (62914560 bytes); the other has 0.333 x as much");
        }

        @Test
        void byNameNeedsTheRound() {
            assertThatIllegalStateException().isThrownBy(() -> HammerAssertions.assertThat(jetty).isFasterThan("bottle", 2))
                    .withMessage("isFasterThan(String, double) compares servers of one round; reach this assert through"
                            + " HammerAssertions.assertThat(comparison).server(\"name\"), or pass the other ServerResult");
        }

        @Test
        void factorMustBePositive() {
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(jetty).isFasterThan(bottle, 0))
                    .withMessage("speed factor must be a positive finite number, but was 0.0");
            assertThatIllegalArgumentException().isThrownBy(() -> HammerAssertions.assertThat(round).server("jetty")
                    .isSmallerThan("bottle", Double.NaN))
                    .withMessage("size factor must be a positive finite number, but was NaN");
        }
    }
}
