package dev.hammerbench.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShiftTest {

    @Test
    void theExactNullDistributionMatchesTheTable() {
        UDistribution five = UDistribution.of(5, 5);
        // orderings of 5 vs 5 with U = 0, 1, 2, 3: 1, 1, 2, 3 of C(10, 5) = 252
        assertThat(five.atMost(0)).isCloseTo(1 / 252.0, within(1e-12));
        assertThat(five.atMost(2)).isCloseTo(4 / 252.0, within(1e-12));
        assertThat(five.atMost(3)).isCloseTo(7 / 252.0, within(1e-12));
        assertThat(five.atMost(25)).isCloseTo(1, within(1e-12));
        assertThat(five.atMost(12)).isCloseTo(0.5, within(1e-12)); // symmetric about 12.5
    }

    @Test
    void theNormalApproximationTakesOverCloseToTheExactCount() {
        UDistribution exact = UDistribution.of(20, 20);
        UDistribution normal = UDistribution.normalApproximation(20, 20);
        for (int u : new int[] {100, 127, 150, 200}) {
            assertThat(normal.atMost(u)).isCloseTo(exact.atMost(u), within(0.005));
        }
    }

    @Test
    void theSmallestPValueFallsBelowFivePercentOnlyFromFourRoundsASide() {
        assertThat(Shift.minimumPValue(3, 3)).isCloseTo(0.1, within(1e-12));
        assertThat(Shift.minimumPValue(4, 4)).isCloseTo(2 / 70.0, within(1e-12));
        assertThat(Shift.minimumPValue(5, 5)).isCloseTo(2 / 252.0, within(1e-12));
        assertThat(Shift.minimumRounds()).isEqualTo(4);
    }

    @Test
    void twiceAsFastInEveryRoundIsSignificantWithAnIntervalAroundTwo() {
        Shift shift = Shift.ofRatio(List.of(2.0, 2.2, 2.4, 2.6, 2.8), List.of(1.0, 1.1, 1.2, 1.3, 1.4));

        assertThat(shift.pValue()).isCloseTo(2 / 252.0, within(1e-12));
        assertThat(shift.significant()).isTrue();
        assertThat(shift.ratio()).isCloseTo(2.0, within(0.05));
        // P(U <= 2) = 4/252 <= 2.5 % < P(U <= 3): the 3rd and 23rd of the 25 sorted ratios
        assertThat(shift.coverage()).isCloseTo(1 - 8 / 252.0, within(1e-12));
        assertThat(shift.low()).isGreaterThan(1).isLessThanOrEqualTo(shift.ratio());
        assertThat(shift.high()).isGreaterThanOrEqualTo(shift.ratio());
        assertThat(shift.roundsA()).isEqualTo(5);
    }

    @Test
    void theSameRoundsAreTheSame() {
        List<Double> rounds = List.of(27.1, 26.4, 28.0, 27.5, 26.9);

        Shift shift = Shift.ofRatio(rounds, rounds);

        assertThat(shift.ratio()).isEqualTo(1.0);
        assertThat(shift.pValue()).isEqualTo(1.0);
        assertThat(shift.significant()).isFalse();
        assertThat(shift.low()).isLessThan(1);
        assertThat(shift.high()).isGreaterThan(1);
    }

    @Test
    void threeRoundsASideAreNeverSignificantHoweverFarApart() {
        Shift shift = Shift.ofRatio(List.of(30.0, 31.0, 32.0), List.of(10.0, 11.0, 12.0));

        assertThat(shift.pValue()).isCloseTo(0.1, within(1e-12));
        assertThat(shift.significant()).isFalse();
        assertThat(shift.coverage()).isCloseTo(0.9, within(1e-12)); // the widest interval, min..max ratio
        assertThat(shift.low()).isCloseTo(30.0 / 12, within(1e-12));
        assertThat(shift.high()).isCloseTo(32.0 / 10, within(1e-12));
    }

    @Test
    void identicalDistributionsAreJudgedTheSameAboutNineteenTimesInTwenty() {
        Random random = new Random(11);
        int significant = 0;
        for (int i = 0; i < 400; i++) {
            if (Shift.ofRatio(normal(random, 5, 100, 5), normal(random, 5, 100, 5)).significant()) {
                significant++;
            }
        }
        // the exact test's size at 5 vs 5 is P(U <= 2 or U >= 23) = 8/252 = 3.2 %
        assertThat(significant / 400.0).isBetween(0.005, 0.07);
    }

    @Test
    void aShiftOfThirtyPercentIsFoundInEveryTrialWithFiveRounds() {
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            Shift shift = Shift.ofRatio(normal(random, 5, 130, 4), normal(random, 5, 100, 4));
            assertThat(shift.significant()).as("trial %d: %s", i, shift).isTrue();
            assertThat(shift.low()).isGreaterThan(1.0);
        }
    }

    @Test
    void aTieAtTheEdgeCountsForTheOtherSide() {
        // U = 15 wins + one tie (5 = 5) = 15.5 of 16. Without ties the exact p of U >= 16 is 2/70
        // (significant); given to the other side the tie makes it U >= 15: 4/70 = 0.057.
        Shift shift = Shift.ofRatio(List.of(5.0, 6.0, 7.0, 8.0), List.of(1.0, 2.0, 3.0, 5.0));

        assertThat(shift.pValue()).isCloseTo(4 / 70.0, within(1e-12));
        assertThat(shift.significant()).isFalse();
        assertThat(shift.low()).isEqualTo(1.0); // the tied pair's ratio: the interval reaches 1.0, as the test says
    }

    @Test
    void withoutTiesTheHalfStepChangesNothing() {
        Shift shift = Shift.ofRatio(List.of(5.5, 6.0, 7.0, 8.0), List.of(1.0, 2.0, 3.0, 5.0));

        assertThat(shift.pValue()).isCloseTo(2 / 70.0, within(1e-12));
        assertThat(shift.significant()).isTrue();
    }

    @Test
    void anUnbalancedPairIsCountedExactly() {
        UDistribution threeVsSixty = UDistribution.of(3, 60);
        // U = 0 for 3 vs 60: only the ordering with all three a's first, 1 of C(63, 3) = 39711
        assertThat(threeVsSixty.atMost(0)).isCloseTo(1 / 39711.0, within(1e-15));
        assertThat(UDistribution.normalApproximation(3, 60).atMost(0)).isGreaterThan(10 / 39711.0);
    }

    @Test
    void figuresThatAreNotPositiveAreRefused() {
        assertThatThrownBy(() -> Shift.ofRatio(List.of(1.0, 0.0), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> Shift.ofRatio(List.of(), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no values");
    }

    private static List<Double> normal(Random random, int n, double mean, double sd) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(mean + sd * random.nextGaussian());
        }
        return values;
    }
}
