package dev.hammerbench.report;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Human figures for text, Markdown and HTML: MiB with one decimal, durations in the unit that
 * keeps three significant digits. Locale.ROOT everywhere, so a German build machine does not
 * write "1,5" into a golden file.
 */
final class Units {

    static final String UNKNOWN = "-";
    private static final double MIB = 1024.0 * 1024.0;

    private Units() {
    }

    static String mib(long bytes) {
        return format("%.1f", bytes / MIB);
    }

    static String mib(OptionalLong bytes) {
        return bytes.isPresent() ? mib(bytes.getAsLong()) : UNKNOWN;
    }

    /** "850µs", "12.3ms", "1.20s", "95.0s", "12m05s": the unit changes where the digits would grow. */
    static String duration(Duration duration) {
        if (duration == null) {
            return UNKNOWN;
        }
        double nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 1_000_000) {
            return scaled(nanos / 1e3, "µs");
        }
        if (nanos < 1e9) {
            return scaled(nanos / 1e6, "ms");
        }
        if (nanos < 600e9) {
            return scaled(nanos / 1e9, "s");
        }
        long seconds = Math.round(nanos / 1e9);
        return format("%dm%02ds", seconds / 60, seconds % 60);
    }

    /** Seconds as the seed printed them, for durations given as a double (seconds per call). */
    static String seconds(double seconds) {
        return duration(Duration.ofNanos(Math.round(seconds * 1e9)));
    }

    private static String scaled(double value, String unit) {
        // Rounding can carry into the next digit (999.96 -> "1000"): keep at most 3 integer digits.
        if (value < 9.995) {
            return format("%.2f", value) + unit;
        }
        if (value < 99.95) {
            return format("%.1f", value) + unit;
        }
        return format("%.0f", value) + unit;
    }

    static String percent(double fraction) {
        return format("%.1f", 100 * fraction);
    }

    /** "+12.5%" or "-3.0%", the sign always shown because growth is the finding. */
    static String signedPercent(OptionalDouble percent) {
        return percent.isPresent() ? format("%+.1f%%", percent.getAsDouble()) : UNKNOWN;
    }

    /** Requests per second: whole numbers once they are big enough for decimals to be noise. */
    static String rate(double perSecond) {
        return perSecond >= 100 || perSecond == 0 ? format("%.0f", perSecond) : format("%.1f", perSecond);
    }

    /** An axis tick: as short as the value allows ("0", "2.5", "300"). */
    static String tick(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String oneDecimal(OptionalDouble value) {
        return value.isPresent() ? format("%.1f", value.getAsDouble()) : UNKNOWN;
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
