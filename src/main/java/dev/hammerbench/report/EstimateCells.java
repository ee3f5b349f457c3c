package dev.hammerbench.report;

import dev.hammerbench.result.Estimate;
import java.time.Duration;
import java.util.Optional;

/**
 * A figure over rounds as one compact cell: the median and the "±" to the far end of its 95 %
 * interval, in the median's unit ("27.0k ±0.4k", "1.23ms ±0.05ms"). A single round prints as
 * the figure alone, exactly as it always has.
 */
final class EstimateCells {

    private EstimateCells() {
    }

    static String rate(Estimate e) {
        if (e.count() == 1) {
            return Units.rate(e.median());
        }
        if (e.median() >= 10_000) {
            return Units.format("%.1fk ±%.1fk", e.median() / 1000, e.margin() / 1000);
        }
        return e.median() >= 100
                ? Units.format("%.0f ±%.0f", e.median(), e.margin())
                : Units.format("%.1f ±%.1f", e.median(), e.margin());
    }

    /** @param seconds an estimate in seconds */
    static String seconds(Estimate seconds) {
        if (seconds.count() == 1) {
            return Units.seconds(seconds.median());
        }
        double median = seconds.median();
        String unit = median < 1e-3 ? "µs" : median < 1 ? "ms" : "s";
        double scale = median < 1e-3 ? 1e6 : median < 1 ? 1e3 : 1;
        return Units.seconds(median) + " ±" + decimals(seconds.margin() * scale) + unit;
    }

    static String seconds(Optional<Estimate> seconds) {
        return seconds.map(EstimateCells::seconds).orElse(Units.UNKNOWN);
    }

    static String oneDecimal(Optional<Estimate> e) {
        if (e.isEmpty()) {
            return Units.UNKNOWN;
        }
        return e.get().count() == 1 ? Units.format("%.1f", e.get().median())
                : Units.format("%.1f ±%.1f", e.get().median(), e.get().margin());
    }

    /** Three significant digits at most, as {@link Units#duration(Duration)} prints. */
    private static String decimals(double value) {
        if (value < 9.995) {
            return Units.format("%.2f", value);
        }
        return value < 99.95 ? Units.format("%.1f", value) : Units.format("%.0f", value);
    }
}
