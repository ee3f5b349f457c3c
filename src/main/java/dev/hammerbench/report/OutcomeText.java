package dev.hammerbench.report;

import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.Outcomes;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome histogram in a few columns: "200:1998 resp-timeout:2". Each key is printed as
 * {@link Outcomes} holds it (an {@link ErrorClass} label, "other:SSLException"), so the table and
 * the assertions spell an outcome the same way; the errors section under the table gives a sample
 * message for each.
 */
final class OutcomeText {

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
        if (!key.startsWith(Outcomes.OTHER_PREFIX)) {
            return key;
        }
        // A colon or space inside the name would read as a separator of the compact list.
        String name = key.substring(Outcomes.OTHER_PREFIX.length());
        return Outcomes.OTHER_PREFIX + Text.oneLine(name).replace(' ', '-').replace(':', '-');
    }
}
