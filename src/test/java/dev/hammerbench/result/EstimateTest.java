package dev.hammerbench.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void nineRoundsGiveTheMedianAndTheSecondSmallestToSecondLargest() {
        Estimate e = Estimate.of(14, 11, 18, 10, 16, 12, 17, 13, 15);

        assertThat(e.median()).isEqualTo(14);
        assertThat(e.low()).isEqualTo(11);
        assertThat(e.high()).isEqualTo(17);
        // 1 - 2 P(Bin(9, 1/2) <= 1) = 1 - 2 * 10/512
        assertThat(e.coverage()).isCloseTo(1 - 20.0 / 512, within(1e-12));
        assertThat(e.margin()).isEqualTo(3);
        assertThat(e.values()).containsExactly(14.0, 11.0, 18.0, 10.0, 16.0, 12.0, 17.0, 13.0, 15.0);
    }

    @Test
    void twentyRoundsUseTheSixthAndFifteenthValue() {
        List<Double> values = IntStream.rangeClosed(1, 20).mapToObj(i -> (double) (21 - i)).toList();

        Estimate e = Estimate.of(values);

        assertThat(e.median()).isEqualTo(10.5);
        assertThat(e.low()).isEqualTo(6);
        assertThat(e.high()).isEqualTo(15);
        assertThat(e.coverage()).isCloseTo(0.9586, within(1e-4)); // 1 - 2 * 0.020695
    }

    @Test
    void belowSixRoundsTheIntervalIsMinToMaxAndSaysItCoversLess() {
        Estimate five = Estimate.of(5, 1, 4, 2, 3);
        assertThat(five.median()).isEqualTo(3);
        assertThat(five.low()).isEqualTo(1);
        assertThat(five.high()).isEqualTo(5);
        assertThat(five.coverage()).isCloseTo(1 - 2.0 / 32, within(1e-12));

        Estimate three = Estimate.of(27.0, 26.0, 30.0);
        assertThat(three.median()).isEqualTo(27);
        assertThat(three.margin()).isEqualTo(3);
        assertThat(three.coverage()).isCloseTo(0.75, within(1e-12));

        assertThat(Estimate.of(1, 2, 3, 4).median()).isEqualTo(2.5);
    }

    @Test
    void oneRoundIsItsOwnMedianWithNoInterval() {
        Estimate e = Estimate.of(7);

        assertThat(e.median()).isEqualTo(7);
        assertThat(e.low()).isEqualTo(7);
        assertThat(e.high()).isEqualTo(7);
        assertThat(e.margin()).isZero();
        assertThat(e.coverage()).isZero();
        assertThat(e.coefficientOfVariation()).isZero();
    }

    @Test
    void coefficientOfVariationIsSampleDeviationOverMean() {
        assertThat(Estimate.of(9, 10, 11).coefficientOfVariation()).isCloseTo(0.1, within(1e-12));
        assertThat(Estimate.of(5, 5, 5, 5).coefficientOfVariation()).isZero();
    }

    @Test
    void noValuesOrNonFiniteOnesAreRefused() {
        assertThatThrownBy(() -> Estimate.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one value");
        assertThatThrownBy(() -> Estimate.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }
}
