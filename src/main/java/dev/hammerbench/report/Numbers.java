package dev.hammerbench.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Exact figures for machines (CSV, JSON): integers stay integers, durations become milliseconds
 * to the nanosecond, doubles are written in plain notation. Unknown is {@code null}; each format
 * decides how to spell it.
 */
final class Numbers {

    private Numbers() {
    }

    /** "12.345678": milliseconds with up to six decimals, which is every nanosecond of it. */
    static String millis(Duration duration) {
        return duration == null ? null : BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros().toPlainString();
    }

    static String millis(Optional<Duration> duration) {
        return millis(duration.orElse(null));
    }

    static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : null;
    }

    static String integer(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : null;
    }
}
