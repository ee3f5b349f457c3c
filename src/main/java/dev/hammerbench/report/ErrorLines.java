package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Outcomes;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every error class of the round with its count and one sample message: what the seed could only
 * call "-1, probably ReadTimeout".
 */
final class ErrorLines {

    /** One error class of one server. */
    record ErrorLine(String server, String outcome, long count, String sample) {
    }

    private ErrorLines() {
    }

    static List<ErrorLine> of(Comparison comparison) {
        List<ErrorLine> lines = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            Outcomes outcomes = server.hammer().outcomes();
            for (Map.Entry<String, Long> entry : outcomes.counts().entrySet()) {
                if (!Outcomes.isStatus(entry.getKey())) {
                    lines.add(new ErrorLine(server.server().displayName(), entry.getKey(), entry.getValue(),
                            outcomes.samples().getOrDefault(entry.getKey(), "")));
                }
            }
        }
        return lines;
    }

    /** "  web.py 0.37: resp-timeout x1540: Timeout 1000 MILLISECONDS", one line each, clipped. */
    static List<String> text(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        for (ErrorLine line : of(comparison)) {
            String head = "  " + Text.oneLine(line.server()) + ": "
                    + Text.ellipsize(Text.oneLine(line.outcome()), 40) + " x" + line.count();
            String sample = line.sample().isBlank() ? "" : ": " + Text.oneLine(line.sample()).strip();
            lines.add(Text.ellipsize(head + sample, Text.MAX_LINE));
        }
        return lines;
    }
}
