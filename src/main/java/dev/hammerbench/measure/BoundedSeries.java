package dev.hammerbench.measure;

import dev.hammerbench.result.MemorySample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A memory series that never holds more than {@code maxPoints} (+1 final) points however long the
 * round: when full, every other point is dropped and from then on only every second offer is kept,
 * so the points stay evenly spaced. The maximum is tracked over every offer, kept or not.
 */
final class BoundedSeries {

    private final int maxPoints;
    private final List<MemorySample> points = new ArrayList<>();
    private long offers;
    private long stride = 1;
    private long max = Long.MIN_VALUE;

    BoundedSeries(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a series needs at least 2 points, but maxPoints was " + maxPoints);
        }
        this.maxPoints = maxPoints;
    }

    void add(Duration sinceStart, long rss) {
        max = Math.max(max, rss);
        if (offers++ % stride == 0) {
            points.add(new MemorySample(sinceStart, rss));
            if (points.size() > maxPoints) {
                halve();
            }
        }
    }

    /** The end of the round: always kept, whatever the stride. */
    void addFinal(Duration sinceStart, long rss) {
        max = Math.max(max, rss);
        points.add(new MemorySample(sinceStart, rss));
    }

    private void halve() {
        List<MemorySample> kept = new ArrayList<>(maxPoints / 2 + 1);
        for (int i = 0; i < points.size(); i += 2) {
            kept.add(points.get(i));
        }
        points.clear();
        points.addAll(kept);
        stride *= 2;
    }

    OptionalLong max() {
        return max == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(max);
    }

    List<MemorySample> points() {
        return List.copyOf(points);
    }
}
