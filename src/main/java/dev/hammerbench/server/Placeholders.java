package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/** Fills the {port} and {host} placeholders of a template; any other {word} is an error. */
@API(status = INTERNAL, since = "0.1")
public final class Placeholders {

    private static final Set<String> NAMES = Set.of("port", "host");

    private Placeholders() {
    }

    /**
     * @throws IllegalArgumentException naming the unknown placeholder or the unbalanced brace
     */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 8);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                throw new IllegalArgumentException("'" + template + "' has a '}' with no '{' at index " + i
                        + "; accepted placeholders: {port}, {host}");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException("'" + template + "' has a '{' that is never closed at index " + i
                        + "; accepted placeholders: {port}, {host}");
            }
            String name = template.substring(i + 1, close);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("'" + template + "' has the unknown placeholder {" + name
                        + "}; accepted placeholders: {port}, {host}");
            }
            out.append(values.get(name));
            i = close + 1;
        }
        return out.toString();
    }

    /** The values for a URL template: an IPv6 host such as ::1 goes in brackets there. */
    public static Map<String, String> forUrl(Map<String, String> values) {
        String host = values.get("host");
        if (host == null || !host.contains(":") || host.startsWith("[")) {
            return values;
        }
        return Map.of("port", values.get("port"), "host", "[" + host + "]");
    }

    /** Checks a template without filling it. */
    public static void validate(String template) {
        fill(template, Map.of("port", "1", "host", "h"));
    }
}
