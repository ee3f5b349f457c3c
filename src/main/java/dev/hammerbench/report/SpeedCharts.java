package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.ServerResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Throughput bars and latency-by-percentile lines for report.html, each an HTML fragment. */
final class SpeedCharts {

    private static final double[] PERCENTILES = {50, 75, 90, 95, 99, 99.9, 100};
    private static final String[] PERCENTILE_LABELS = {"p50", "p75", "p90", "p95", "p99", "p99.9", "max"};

    private SpeedCharts() {
    }

    static String throughput(Comparison comparison) {
        List<String> names = comparison.servers().stream().map(s -> s.server().displayName()).toList();
        double[][] values = comparison.servers().stream().map(s -> new double[] {s.hammer().throughput()})
                .toArray(double[][]::new);
        // Errors complete too, and a refused call completes fast: say so beside a bar with no success in it.
        String[][] labels = comparison.servers().stream().map(s -> new String[] {Units.rate(s.hammer().throughput())
                + (s.hammer().succeeded() == 0 ? " (no successes)" : "")}).toArray(String[][]::new);
        return new BarChart("successful calls per second by server", names, List.of("req/s"), values, labels)
                .render();
    }

    static String latency(Comparison comparison) {
        List<LineChart.Series> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < comparison.servers().size(); i++) {
            ServerResult server = comparison.servers().get(i);
            LatencySummary latency = server.hammer().latency();
            if (latency.count() == 0) {
                notes.add(server.server().displayName() + ": no response, no latency");
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (int p = 0; p < PERCENTILES.length; p++) {
                // A log axis has no 0: a sub-microsecond figure is drawn at 1 µs.
                double millis = Math.max(0.001, latency.percentile(PERCENTILES[p]).toNanos() / 1e6);
                points.add(new double[] {p, millis});
            }
            lines.add(new LineChart.Series(server.server().displayName(), i, points));
        }
        List<LineChart.Tick> ticks = new ArrayList<>();
        for (int p = 0; p < PERCENTILE_LABELS.length; p++) {
            ticks.add(new LineChart.Tick(p, PERCENTILE_LABELS[p]));
        }
        String chart = lines.isEmpty() ? "" : new LineChart("latency by percentile, log scale", lines, ticks, true,
                SpeedCharts::millis).render();
        return Charts.legend(lines) + chart + Charts.notes(notes);
    }

    private static String millis(double millis) {
        return Units.duration(Duration.ofNanos(Math.round(millis * 1e6)));
    }
}
