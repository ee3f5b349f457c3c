package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hammerbench.result.MemorySample;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedSeriesTest {

    @Test
    void aLongRoundIsDownsampledToEvenlySpacedPoints() {
        BoundedSeries series = new BoundedSeries(500);
        for (int i = 0; i < 10_000; i++) {
            series.add(Duration.ofMillis(100L * i), i == 7_777 ? 1_000_000 : i);
        }
        series.addFinal(Duration.ofMillis(1_000_000), 5);

        List<MemorySample> points = series.points();
        assertThat(points).hasSizeBetween(250, 501);
        assertThat(points.get(0).sinceStart()).isZero();
        assertThat(points.get(points.size() - 1).sinceStart()).isEqualTo(Duration.ofMillis(1_000_000));
        Duration step = points.get(1).sinceStart().minus(points.get(0).sinceStart());
        for (int i = 1; i < points.size() - 1; i++) {
            assertThat(points.get(i).sinceStart().minus(points.get(i - 1).sinceStart())).isEqualTo(step);
        }
        assertThat(series.max()).as("the max survives downsampling").hasValue(1_000_000);
    }

    @Test
    void aShortRoundKeepsEveryPoint() {
        BoundedSeries series = new BoundedSeries(500);
        for (int i = 0; i < 500; i++) {
            series.add(Duration.ofMillis(i), i);
        }
        assertThat(series.points()).hasSize(500);
        assertThat(new BoundedSeries(500).max()).isEmpty();
    }

    @Test
    void tooFewPointsIsRejected() {
        assertThatThrownBy(() -> new BoundedSeries(1)).hasMessageContaining("at least 2 points");
    }
}
