package dev.hammerbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many calls a cold round takes until the engine runs at its warm rate, from the round's
 * progress lines (cumulative calls every 2 s): the first 2 s window at 90 % of the warm rate.
 */
final class Steady {

    private static final Pattern PROGRESS = Pattern.compile("\\[hammerbench] \\S+: (\\d+) calls, ([\\d.]+) s of");

    private Steady() {
    }

    static String describe(String coldOutput, double warmPerSecond) {
        Matcher m = PROGRESS.matcher(coldOutput);
        List<long[]> points = new ArrayList<>();
        points.add(new long[] {0, 0});
        while (m.find()) {
            points.add(new long[] {Long.parseLong(m.group(1)), Math.round(Double.parseDouble(m.group(2)) * 1000)});
        }
        if (points.size() < 2 || warmPerSecond <= 0) {
            return "no progress lines to tell (a round shorter than 2 s)";
        }
        StringBuilder windows = new StringBuilder();
        long steadyAt = -1;
        for (int i = 1; i < points.size(); i++) {
            long calls = points.get(i)[0] - points.get(i - 1)[0];
            long millis = Math.max(1, points.get(i)[1] - points.get(i - 1)[1]);
            double rate = calls * 1000.0 / millis;
            windows.append(String.format(Locale.ROOT, "%s%.0f", i == 1 ? "" : ", ", rate));
            if (steadyAt < 0 && rate >= 0.9 * warmPerSecond) {
                steadyAt = points.get(i - 1)[0];
            }
        }
        String verdict = steadyAt < 0 ? "not at 90 % of warm within the round"
                : String.format(Locale.ROOT, "~%d calls (the first 2 s window at >= 90 %% of warm)", steadyAt);
        return String.format(Locale.ROOT, "%s; req/s per 2 s window: %s; warm %.0f", verdict, windows, warmPerSecond);
    }
}
