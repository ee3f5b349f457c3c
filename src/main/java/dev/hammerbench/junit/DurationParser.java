package dev.hammerbench.junit;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the duration attributes: "250ms", "1s", "1.5s", "2m", or ISO-8601 such as "PT2S". */
final class DurationParser {

    static final String ACCEPTED = "a positive duration such as \"250ms\", \"1s\", \"1.5s\", \"2m\" or ISO-8601 \"PT2S\"";
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private DurationParser() {
    }

    /** @throws IllegalArgumentException saying what was wrong and what is accepted */
    static Duration parse(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration duration = trimmed.startsWith("p") ? iso(text.strip()) : simple(trimmed);
        if (duration == null) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration; accepted: " + ACCEPTED);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("\"" + text + "\" is not positive; accepted: " + ACCEPTED);
        }
        return duration;
    }

    private static Duration simple(String text) {
        Matcher matcher = SIMPLE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        double amount = Double.parseDouble(matcher.group(1));
        double nanosPerUnit = switch (matcher.group(2)) {
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return Duration.ofNanos(Math.round(amount * nanosPerUnit));
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
