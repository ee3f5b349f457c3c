package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The note under the speed table when the harness limited a server's round: its busiest I/O
 * thread was on CPU more than {@link #THRESHOLD} of the round, so the server may answer faster
 * than the table shows (and a faster load tool would tell).
 */
final class ClientBound {

    static final double THRESHOLD = 0.9;
    /** The share above which the note appears; tests force it low to see the note on any machine. */
    static volatile double threshold = THRESHOLD;

    private ClientBound() {
    }

    /** "client-bound: the server may be faster than shown (nginx: harness I/O thread busy 97 %)", or nothing. */
    static List<String> lines(Comparison comparison) {
        double limit = threshold;
        List<String> lines = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            server.hammer().harnessBusy().ifPresent(busy -> {
                if (busy > limit) {
                    lines.add(String.format(Locale.ROOT, "client-bound: the server may be faster than shown (%s: the"
                            + " harness's busiest I/O thread was on CPU %.0f %% of the round)",
                            Text.ellipsize(Text.oneLine(server.server().displayName()), 24), busy * 100));
                }
            });
        }
        return lines;
    }
}
