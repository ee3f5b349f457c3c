package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * How every counted call ended: a histogram keyed by outcome, with one sample message per error
 * outcome.
 *
 * <p>Keys are either an HTTP status code ("200", "503"), the {@linkplain ErrorClass#label() label} of
 * an {@link ErrorClass} ("resp-timeout", "refused"), or "other:SimpleExceptionClassName".
 * Iteration order: statuses ascending, then errors by name.
 *
 * @param counts outcome key to number of calls
 * @param samples error outcome key to one message seen for it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Outcomes(Map<String, Long> counts, Map<String, String> samples) {

    /** The key prefix of an error that is no {@link ErrorClass}: "other:SSLException". */
    public static final String OTHER_PREFIX = "other:";

    public Outcomes {
        Map<String, Long> sorted = new TreeMap<>(Outcomes::compareKeys);
        sorted.putAll(Objects.requireNonNull(counts, "counts"));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
        samples = Map.copyOf(Objects.requireNonNull(samples, "samples"));
    }

    public static Outcomes empty() {
        return new Outcomes(Map.of(), Map.of());
    }

    /** Calls that got HTTP status {@code status}. */
    public long status(int status) {
        return count(Integer.toString(status));
    }

    /** Calls that ended in error class {@code error}. */
    public long count(ErrorClass error) {
        return count(error.label());
    }

    /** Calls with outcome {@code key} (a status code, an error class's label or an "other:" key). */
    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** Calls that got no HTTP response at all. */
    public long errors() {
        return counts.entrySet().stream().filter(e -> !isStatus(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public static boolean isStatus(String key) {
        return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
    }

    /** "200: 1998, resp-timeout: 2": every outcome with its count. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, count) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(": ").append(count));
        return text.length() == 0 ? "none" : text.toString();
    }

    private static int compareKeys(String a, String b) {
        boolean statusA = isStatus(a);
        boolean statusB = isStatus(b);
        if (statusA && statusB) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (statusA != statusB) {
            return statusA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
