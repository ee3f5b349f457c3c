package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.Results.MIB;
import static dev.hammerbench.assertj.Results.round;
import static dev.hammerbench.assertj.Results.server;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;

class SoftAssertionsTest {

    private final ServerResult jetty = server("jetty").rss(19 * MIB, 20 * MIB).build();

    /** 97.5 % success with 50 response timeouts, p99 16 ms, RSS +20 % to 60 MiB. */
    private final ServerResult bottle = server("bottle").calls(2000, 2000, 1950).outcome("200", 1950)
            .error("resp-timeout", 50, "Timeout 1000 MILLISECONDS").latencyScale(2).rss(50 * MIB, 60 * MIB).build();

    private final ServerResult nginx = server("nginx").external().build();

    private final Comparison round = round("SoftTest", jetty, bottle, nginx);

    @Test
    void collectsEveryFailureIncludingThoseReachedByNavigation() {
        HammerSoftAssertions softly = new HammerSoftAssertions();

        softly.assertThat(bottle).hasSuccessRateAtLeast(0.99).hasNoErrors().hasStatusCount(200, 1950);
        softly.assertThat(bottle).latency().p99LessThan(ofMillis(10)).p50LessThan(ofMillis(5));
        softly.assertThat(bottle).memory().growsLessThanPercent(10).rssAfterLessThanMiB(100);
        softly.assertThat(round).server("jetty").isFasterThan("bottle", 2).isSmallerThan("bottle", 2);
        softly.assertThat(round).everyServer().memory().growsLessThanMiB(5);
        softly.assertThat(bottle.hammer()).hasThroughputAtLeast(5000);

        assertThat(softly.assertionErrorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                m -> assertThat(m).contains("success rate of server \"bottle\"", "97.5 %"),
                m -> assertThat(m).contains("outcomes of server \"bottle\"", "resp-timeout: Timeout 1000 MILLISECONDS"),
                m -> assertThat(m).contains("p99 latency of server \"bottle\"", "but was:\n  16 ms"),
                m -> assertThat(m).contains("RSS growth of server \"bottle\"", "but was:\n  20 %"),
                m -> assertThat(m).contains("throughput of server \"jetty\"", "2 x the throughput of server \"bottle\""),
                m -> assertThat(m).contains("but 2 of 3 did not:\n  \"bottle\", \"nginx\""),
                m -> assertThat(m).contains("throughput of target \"http://127.0.0.1:8080/bottle\""));
        assertThatThrownBy(softly::assertAll).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (7 failures)");
    }

    @Test
    void passingChecksCollectNothing() {
        assertThatNoException().isThrownBy(() -> HammerSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(jetty).hasNoErrors().memory().growsLessThanPercent(6);
            softly.assertThat(round).hasServers("jetty", "bottle", "nginx").server("jetty").isSmallerThan("bottle", 2);
            softly.assertThat(round).everyServer().latency().maxLessThan(ofMillis(41));
        }));
    }

    @Test
    void assertSoftlyReportsAllFailuresAtTheEnd() {
        assertThatThrownBy(() -> HammerSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(bottle).hasNoErrors();
            softly.assertThat(nginx).memory().peaksLessThanMiB(100);
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("outcomes of server \"bottle\"")
                .hasMessageContaining("server \"nginx\" was not launched by @LaunchServer");
    }

    @Test
    void aFailedNavigationIsCollectedOnceAndTheRestOfItsChainSkipped() {
        HammerSoftAssertions softly = new HammerSoftAssertions();

        softly.assertThat(round).server("tomcat").hasNoErrors().memory().growsLessThanPercent(1);
        softly.assertThat((ServerResult) null).latency().p99LessThan(ofMillis(1));
        softly.assertThat(jetty).hasStatusCount(200, 1);

        assertThat(softly.assertionErrorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                m -> assertThat(m).contains("to have a server named:\n  \"tomcat\""),
                m -> assertThat(m).contains("Expecting actual not to be null"),
                m -> assertThat(m).contains("count of outcome \"200\" of server \"jetty\""));
    }

    @Test
    void descriptionsSurviveSoftNavigation() {
        HammerSoftAssertions softly = new HammerSoftAssertions();
        softly.assertThat(bottle).as("warm round").memory().rssAfterLessThanMiB(10);
        assertThat(softly.assertionErrorsCollected()).singleElement().extracting(Throwable::getMessage)
                .asString().startsWith("[warm round] \nExpecting actual:\n  RSS after the load of server \"bottle\"");
    }

    /** AssertJ's own soft assertions and ours in one object, through the provider interface. */
    static class MixedSoftAssertions extends SoftAssertions implements HammerSoftAssertionsProvider {
    }

    @Test
    void mixesWithAssertJsSoftAssertions() {
        MixedSoftAssertions softly = new MixedSoftAssertions();
        softly.assertThat(bottle.name()).isEqualTo("flask");
        softly.assertThat(bottle).latency().p90LessThan(ofMillis(5));
        softly.assertThat(List.of(1, 2)).hasSize(3);
        softly.assertThat(round).everyServer().hasSuccessRateAtLeast(0.99);

        assertThat(softly.assertionErrorsCollected()).hasSize(4);
        assertThat(softly.assertionErrorsCollected().get(1)).hasMessageContaining("p90 latency of server \"bottle\"");
        assertThat(softly.assertionErrorsCollected().get(3)).hasMessageContaining("but 1 of 3 did not:\n  \"bottle\"");
    }

    @Test
    void plainSoftAssertionsCollectThroughCheck() {
        SoftAssertions softly = new SoftAssertions();
        softly.check(() -> HammerAssertions.assertThat(bottle).hasNoErrors());
        softly.check(() -> HammerAssertions.assertThat(round).server("jetty").memory().growsLessThanPercent(1));
        assertThat(softly.assertionErrorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                m -> assertThat(m).contains("outcomes of server \"bottle\""),
                m -> assertThat(m).contains("RSS growth of server \"jetty\""));
    }

    @Test
    void worksWithAssertJsJUnitExtension() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(InjectedSoftAssertionsTestCases.class)).execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1))
                .assertThatEvents().haveExactly(1, finishedWithFailure(message(m -> m.contains("Multiple Failures (2 failures)")
                        && m.contains("success rate of server \"bottle\"") && m.contains("p99 latency of server \"bottle\""))));
    }

    /** Run only through the test kit above; one test passes, one collects two failures. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class InjectedSoftAssertionsTestCases {

        @InjectSoftAssertions
        HammerSoftAssertions softly;

        private final ServerResult healthy = server("jetty").build();

        private final ServerResult struggling = server("bottle").calls(2000, 2000, 1950).latencyScale(2).build();

        @Test
        void passes() {
            softly.assertThat(healthy).hasSuccessRateAtLeast(1).latency().p99LessThan(ofMillis(9));
        }

        @Test
        void collectsTwo() {
            softly.assertThat(struggling).hasSuccessRateAtLeast(0.99).latency().p99LessThan(ofMillis(9));
        }
    }
}
