package dev.hammerbench.report;

import dev.hammerbench.result.Baseline;
import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.Fingerprint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A baseline file back into a {@link Baseline}, through {@link StrictJson}. Every field it needs is
 * checked for presence and type, so a file from another tool, another format version or a bad
 * merge is refused with what was wrong; fields it does not know are ignored (newer writers may add).
 */
final class BaselineReader {

    private BaselineReader() {
    }

    /** @throws IllegalArgumentException saying what is wrong (the caller names the file) */
    static Baseline parse(String text) {
        Object root = StrictJson.parse(text);
        if (!(root instanceof Map<?, ?> map) || !BaselineWriter.FORMAT.equals(map.get("format"))) {
            throw new IllegalArgumentException("not a Hammerbench baseline: the top level has no \"format\": \""
                    + BaselineWriter.FORMAT + "\" (a results.json or another tool's file?)");
        }
        Map<String, Object> top = object(root, "the top level");
        BigDecimal version = number(top, "formatVersion");
        if (version.compareTo(BigDecimal.valueOf(BaselineWriter.FORMAT_VERSION)) != 0) {
            throw new IllegalArgumentException("formatVersion " + version + " is not supported; accepted: "
                    + BaselineWriter.FORMAT_VERSION + " (refresh it with -Dhammerbench.baseline=update)");
        }
        Map<String, Object> machine = object(top.get("machine"), "machine");
        Fingerprint fingerprint = new Fingerprint(string(machine, "cpuModel"), number(machine, "cores").intValueExact(),
                number(machine, "memoryBytes").longValueExact(), string(machine, "kernel"), string(machine, "jvm"),
                string(machine, "hammerbenchVersion"));
        Map<String, String> plan = new LinkedHashMap<>();
        object(top.get("plan"), "plan").forEach((k, v) -> plan.put(k, spelled(v)));
        List<BaselineFigures> servers = new ArrayList<>();
        for (Object server : list(top.get("servers"), "servers")) {
            servers.add(server(object(server, "a server")));
        }
        return new Baseline(string(top, "title"), instant(top.get("recordedAt")), plan, bool(top, "parallel"),
                fingerprint, servers);
    }

    /** A plan value as text, so two plans compare field by field however the number was spelled. */
    static String spelled(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static BaselineFigures server(Map<String, Object> server) {
        String name = string(server, "name");
        return new BaselineFigures(name, series(server, "throughput", 1), series(server, "p50Ms", 1000),
                series(server, "p90Ms", 1000), series(server, "p99Ms", 1000), bytes(server, "rssBeforeBytes"),
                bytes(server, "rssAfterBytes"), bytes(server, "peakRssBytes"));
    }

    private static List<Double> series(Map<String, Object> server, String field, double divisor) {
        List<Double> values = new ArrayList<>();
        for (Object v : list(server.get(field), "servers[].\"" + field + "\"")) {
            if (!(v instanceof BigDecimal number)) {
                throw new IllegalArgumentException("servers[].\"" + field + "\" holds " + v + "; accepted: numbers");
            }
            values.add(number.doubleValue() / divisor);
        }
        return values;
    }

    private static OptionalLong bytes(Map<String, Object> server, String field) {
        Object v = server.get(field);
        if (v == null) {
            return OptionalLong.empty();
        }
        if (!(v instanceof BigDecimal number)) {
            throw new IllegalArgumentException("servers[].\"" + field + "\" is " + v + "; accepted: integer bytes or null");
        }
        return OptionalLong.of(number.longValueExact());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(what + " is " + describe(value) + "; accepted: a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String what) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + what + "\" is " + describe(value) + "; accepted: a JSON array");
        }
        return list;
    }

    private static String string(Map<String, Object> object, String field) {
        if (!(object.get(field) instanceof String text)) {
            throw new IllegalArgumentException("\"" + field + "\" is " + describe(object.get(field)) + "; accepted: a string");
        }
        return text;
    }

    private static BigDecimal number(Map<String, Object> object, String field) {
        if (!(object.get(field) instanceof BigDecimal number)) {
            throw new IllegalArgumentException("\"" + field + "\" is " + describe(object.get(field)) + "; accepted: a number");
        }
        return number;
    }

    private static boolean bool(Map<String, Object> object, String field) {
        if (!(object.get(field) instanceof Boolean flag)) {
            throw new IllegalArgumentException("\"" + field + "\" is " + describe(object.get(field)) + "; accepted: true or false");
        }
        return flag;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"recordedAt\" is " + value + "; accepted: an ISO-8601 instant or null");
        }
    }

    private static String describe(Object value) {
        return value == null ? "missing or null" : value instanceof Map ? "an object" : value instanceof List ? "an array"
                : "\"" + value + "\"";
    }
}
