package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.Results.overRounds;
import static dev.hammerbench.assertj.Results.round;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import org.junit.jupiter.api.Test;

/** Comparison checks over rounds: the conservative end of the interval, and the regression guard. */
class RoundsAssertTest {

    // baseline ~1000 calls/s; candidate 1.3x faster in every round; twin the same as baseline
    private final ServerResult baseline = overRounds("baseline", 2000, 2040, 1960, 2020, 1980);
    private final ServerResult faster = overRounds("faster", 1540, 1560, 1520, 1550, 1530);
    private final ServerResult twin = overRounds("twin", 2010, 1970, 2030, 1990, 2000);
    private final Comparison round = round("rounds", baseline, faster, twin);

    @Test
    void fasterByAFactorUsesTheLowEndOfTheInterval() {
        // every pairwise ratio lies in 1960/1560 .. 2040/1520 = 1.256 .. 1.342
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).server("faster")
                .isFasterThan("baseline", 1.25));
        // the median ratio is about 1.3, but the interval's low end is below it
        assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("faster").isFasterThan("baseline", 1.3))
                .hasMessageContaining("to be at least 1.3 x the throughput of server \"baseline\", at the low end of the interval:")
                .hasMessageContaining("Hodges-Lehmann over 5 vs 5 rounds")
                .hasMessageContaining("% interval 1.2")
                .hasMessageContaining("median throughput:\n  1298.7 calls/s vs 1000 calls/s (server \"baseline\")");
    }

    @Test
    void aTwinIsNotFasterAtAnyFactorNoiseCouldPass() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("twin").isFasterThan("baseline", 1.0))
                .hasMessageContaining("at the low end of the interval");
        assertThatThrownBy(() -> HammerAssertions.assertThat(twin).isFasterThan(baseline, 1.0))
                .hasMessageContaining("at the low end of the interval");
    }

    @Test
    void notSignificantlySlowerPassesForATwinAndForTheFasterOne() {
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).server("twin")
                .isNotSignificantlySlowerThan("baseline"));
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(faster).isNotSignificantlySlowerThan(baseline));
    }

    @Test
    void notSignificantlySlowerCatchesARegressionAndGivesTheTest() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("baseline").isNotSignificantlySlowerThan("faster"))
                .hasMessageContaining("throughput of server \"baseline\"")
                .hasMessageContaining("to be not significantly below the throughput of server \"faster\":\n"
                        + "  Mann-Whitney U, exact, two-sided, 95 %")
                .hasMessageContaining("x slower, p = 0.0079");
    }

    @Test
    void notSignificantlySlowerWithTooFewRoundsFailsSayingHowMany() {
        Comparison single = round("single", Results.server("a").build(), Results.server("b").build());
        assertThatThrownBy(() -> HammerAssertions.assertThat(single).server("a").isNotSignificantlySlowerThan("b"))
                .hasMessageContaining("a comparison over at least 4 rounds a server")
                .hasMessageContaining("but was:\n  1 round, at which the smallest possible p is 1: set @Hammer(rounds = 5)");
        ServerResult three = overRounds("three", 2000, 2000, 2000);
        assertThatThrownBy(() -> HammerAssertions.assertThat(three).isNotSignificantlySlowerThan(baseline))
                .hasMessageContaining("3 rounds, at which the smallest possible p is 0.1");
    }

    @Test
    void aGuardThatMustCatchASlowdownPassesOnlyWhenItsRoundsCould() {
        // twin and baseline vary about 1.5 % over 5 rounds: a 1.2x slowdown is caught nine runs in ten
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(round).server("twin")
                .isNotSignificantlySlowerThan("baseline", 1.2));
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(twin).isNotSignificantlySlowerThan(baseline, 1.2));
        // the same rounds cannot catch 1 % nine runs in ten: the guard says from where on they could
        assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("twin").isNotSignificantlySlowerThan("baseline", 1.01))
                .hasMessageContaining("to be not significantly below the throughput of server \"baseline\", in rounds that"
                        + " catch a slowdown of 1.01 x nine runs in ten:")
                .hasMessageContaining("but was:\n  rounds that catch one nine runs in ten only from 1.0")
                .hasMessageContaining("over 5 and 5 rounds): more rounds, or steadier ones");
    }

    @Test
    void aGuardWithNoisyRoundsFailsEvenThoughNothingSignificantShowed() {
        ServerResult noisy = overRounds("noisy", 1600, 2600, 2000, 1400, 2400);
        ServerResult noisyBaseline = overRounds("noisyBaseline", 2400, 1500, 2100, 1700, 2500);
        assertThatNoException().isThrownBy(() -> HammerAssertions.assertThat(noisy).isNotSignificantlySlowerThan(noisyBaseline));
        assertThatThrownBy(() -> HammerAssertions.assertThat(noisy).isNotSignificantlySlowerThan(noisyBaseline, 1.2))
                .hasMessageContaining("rounds that catch one nine runs in ten only from 1.");
    }

    @Test
    void aGuardStillFailsOnASignificantSlowdownAndRefusesAFactorOfOneOrLess() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("baseline").isNotSignificantlySlowerThan("faster", 1.2))
                .hasMessageContaining("x slower, p = 0.0079");
        assertThatThrownBy(() -> HammerAssertions.assertThat(twin).isNotSignificantlySlowerThan(baseline, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slowdown to catch must be a finite factor above 1 (1.2 for 20 % slower), but was 1.0");
    }

    @Test
    void byNameNeedsTheRound() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(twin).isNotSignificantlySlowerThan("baseline"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("isNotSignificantlySlowerThan(String) compares servers of one round");
    }

    @Test
    void anUnknownOtherServerFailsListingTheRound() {
        assertThatThrownBy(() -> HammerAssertions.assertThat(round).server("twin").isNotSignificantlySlowerThan("nope"))
                .hasMessageContaining("to have a server named:\n  \"nope\"");
    }
}
