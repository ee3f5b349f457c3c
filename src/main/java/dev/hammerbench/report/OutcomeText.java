package dev.hammerbench.report;

import dev.hammerbench.result.Outcomes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome histogram in a few columns: "200:1998 resp-timeout:2". Short names stand for the
 * error classes of {@link Outcomes}; the errors section under the table spells them out.
 */
final class OutcomeText {

    private static final Map<String, String> SHORT = Map.of(
            Outcomes.CONNECT_TIMEOUT, "conn-timeout",
            Outcomes.RESPONSE_TIMEOUT, "resp-timeout",
            Outcomes.CONNECTION_REFUSED, "refused",
            Outcomes.CONNECTION_RESET, "reset",
            Outcomes.PROTOCOL_ERROR, "protocol");

    private OutcomeText() {
    }

    static String compact(Outcomes outcomes) {
        return compact(outcomes, Integer.MAX_VALUE);
    }

    /**
     * At most {@code maxWidth} columns. Entries that do not fit are dropped whole and counted
     * ("200:700 301:10 +6 more"), so every figure shown is still exact.
     */
    static String compact(Outcomes outcomes, int maxWidth) {
        if (outcomes.counts().isEmpty()) {
            return "none";
        }
        List<String> entries = outcomes.counts().entrySet().stream()
                .map(e -> shortName(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.toList());
        String all = String.join(" ", entries);
        if (Text.width(all) <= maxWidth) {
            return all;
        }
        for (int shown = entries.size() - 1; shown > 0; shown--) {
            String head = String.join(" ", entries.subList(0, shown)) + " +" + (entries.size() - shown) + " more";
            if (Text.width(head) <= maxWidth) {
                return head;
            }
        }
        return Text.ellipsize(entries.get(0), maxWidth);
    }

    static String shortName(String key) {
        String known = SHORT.get(key);
        if (known != null) {
            return known;
        }
        String name = key.startsWith(Outcomes.OTHER_PREFIX) ? key.substring(Outcomes.OTHER_PREFIX.length()) : key;
        // A colon or space inside a name would read as a separator of the compact list.
        return Text.oneLine(name).replace(' ', '-').replace(':', '-');
    }
}
