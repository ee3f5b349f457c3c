package dev.hammerbench.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spearman's trend over rounds against figures worked out independently (Python, every permutation counted). */
class TrendTest {

    @Test
    void aServerStillWarmingUpRisesSignificantly() {
        // netty's req/s (thousands) in a JVM shootout run of 8 rounds: cold in round 1, still climbing at round 7
        Trend trend = Trend.of(List.of(31.0, 54.7, 61.8, 58.7, 64.2, 73.2, 81.3, 66.0));

        assertThat(trend.rho()).isCloseTo(0.904762, within(1e-6));
        assertThat(trend.pValue()).isCloseTo(0.004563, within(1e-6));
        assertThat(trend.change()).isCloseTo(0.573333, within(1e-6));
        assertThat(trend.rising()).isTrue();
        assertThat(trend.notable()).isTrue();
    }

    @Test
    void roundsScatteredAroundALevelShowNoTrend() {
        // jetty in the same run: warm from the start
        Trend trend = Trend.of(List.of(86.5, 81.7, 81.8, 72.9, 81.5, 79.5, 86.9, 86.2));

        assertThat(trend.rho()).isCloseTo(0.071429, within(1e-6));
        assertThat(trend.pValue()).isCloseTo(0.881994, within(1e-6));
        assertThat(trend.notable()).isFalse();
    }

    @Test
    void perfectOrderIsTheExactFloorEitherWay() {
        Trend up = Trend.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        Trend down = Trend.of(List.of(5.0, 4.0, 3.0, 2.0, 1.0));

        // 2 of 120 orderings are as extreme: 1/60
        assertThat(up.pValue()).isCloseTo(1 / 60.0, within(1e-12));
        assertThat(up.rho()).isEqualTo(1.0);
        assertThat(down.rho()).isEqualTo(-1.0);
        assertThat(down.rising()).isFalse();
        assertThat(down.notable()).isTrue();
        assertThat(down.change()).isCloseTo(-4 / 3.0, within(1e-12));
    }

    @Test
    void anOrderedButTinyDriftIsNotNotable() {
        // the JDK server's 1.3 % over five rounds, ties shared: rho 0.949 but p 0.067, and far below 10 % anyway
        Trend trend = Trend.of(List.of(1119.0, 1128.0, 1128.0, 1135.0, 1135.0));

        assertThat(trend.rho()).isCloseTo(0.948683, within(1e-6));
        assertThat(trend.pValue()).isCloseTo(0.066667, within(1e-6));
        assertThat(trend.change()).isCloseTo(0.013298, within(1e-6));
        assertThat(trend.notable()).isFalse();
        assertThat(Trend.of(List.of(100.0, 101.0, 102.0, 103.0, 104.0, 105.0)).notable())
                .as("significant, but 5 %").isFalse();
    }

    @Test
    void alternatingRoundsAreNoTrend() {
        Trend trend = Trend.of(List.of(10.0, 12.0, 10.0, 12.0, 10.0, 12.0));

        assertThat(trend.rho()).isCloseTo(0.29277, within(1e-5));
        assertThat(trend.pValue()).isCloseTo(0.7, within(1e-9));
        assertThat(trend.change()).isZero();
    }

    @Test
    void tooFewRoundsHaveNoOrderToTest() {
        assertThat(Trend.of(List.of(1.0, 2.0)).pValue()).isEqualTo(1.0);
        assertThat(Trend.of(List.of(1.0, 2.0)).notable()).isFalse();
        assertThat(Trend.of(List.of()).rounds()).isZero();
    }

    @Test
    void manyRoundsUseTheNormalApproximation() {
        List<Double> rising = new ArrayList<>();
        List<Double> noise = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            rising.add(100.0 + 3 * i + random.nextGaussian());
            noise.add(100.0 + random.nextGaussian());
        }

        assertThat(Trend.of(rising).pValue()).isLessThan(1e-4);
        assertThat(Trend.of(rising).notable()).isTrue();
        assertThat(Math.abs(Trend.of(noise).change())).isLessThan(Trend.NOTABLE_CHANGE);
        assertThat(Trend.of(noise).notable()).isFalse();
    }

    @Test
    void nineRoundsAreCountedExactlyAndTenApproximately() {
        // worked out in Python: 9 rounds, every one of 9! orderings counted; 10 rounds, rho * sqrt(9) against the normal
        Trend nine = Trend.of(List.of(5.0, 3.0, 6.0, 4.0, 8.0, 7.0, 9.0, 2.0, 10.0));
        Trend ten = Trend.of(List.of(5.0, 3.0, 6.0, 4.0, 8.0, 7.0, 9.0, 2.0, 10.0, 11.0));

        assertThat(nine.rho()).isCloseTo(0.433333, within(1e-6));
        assertThat(nine.pValue()).isCloseTo(0.249917, within(1e-6));
        assertThat(ten.rho()).isCloseTo(0.587879, within(1e-6));
        assertThat(ten.pValue()).isCloseTo(0.077793, within(1e-5));
    }

    @Test
    void constantRoundsHaveNoTrend() {
        Trend flat = Trend.of(List.of(7.0, 7.0, 7.0, 7.0, 7.0, 7.0));

        assertThat(flat.rho()).isZero();
        assertThat(flat.pValue()).isEqualTo(1.0);
        assertThat(flat.change()).isZero();
        assertThat(flat.notable()).isFalse();
    }

    @Test
    void theRanksAndTheSlopeMustAgreeOnTheDirection() {
        // ranks rising but the Theil-Sen slope falling (an outlier pulls it): no note either way
        Trend trend = new Trend(0.9, 0.001, -0.2, 8);

        assertThat(trend.notable()).isFalse();
        assertThat(new Trend(0.9, 0.001, 0.2, 8).notable()).isTrue();
    }

    @Test
    void refusesWhatIsNotAFigure() {
        assertThatThrownBy(() -> Trend.of(List.of(1.0, Double.NaN, 3.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
