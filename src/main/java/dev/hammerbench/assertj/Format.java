package dev.hammerbench.assertj;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Renders figures for failure messages, always in the root locale so messages do not vary by machine. */
final class Format {

    static final long MIB = 1024 * 1024;

    private Format() {
    }

    /** Up to {@code decimals} decimals, trailing zeros dropped: 50, 12.5, 0.125. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Latencies on loopback run from microseconds to seconds, so the unit follows the size. */
    static String duration(Duration duration) {
        long nanos = duration.toNanos();
        if (Math.abs(nanos) < 1_000_000) {
            return number(nanos / 1e3, 3) + " µs";
        }
        if (Math.abs(nanos) < 1_000_000_000) {
            return number(nanos / 1e6, 3) + " ms";
        }
        return number(nanos / 1e9, 3) + " s";
    }

    /** Mebibytes with two decimals; the exact byte count follows so no rounding can hide a breach. */
    static String mibAndBytes(long bytes) {
        return mib(bytes) + " (" + bytes + " bytes)";
    }

    static String mib(long bytes) {
        return number((double) bytes / MIB, 2) + " MiB";
    }

    static String percent(double percent) {
        return number(percent, 2) + " %";
    }

    static String perSecond(double callsPerSecond) {
        return number(callsPerSecond, 1) + " calls/s";
    }

    /** "1 error", "40 errors". */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String quoted(String text) {
        return '"' + text + '"';
    }
}
