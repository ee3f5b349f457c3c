package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.MemorySample;
import dev.hammerbench.result.ServerResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The four charts of report.html, each an HTML fragment (notes, legend, inline SVG). A server
 * keeps its palette colour, by declaration index, in every chart; a server a chart cannot show
 * (no response, no memory) is named in a note instead of drawn as a zero.
 */
final class Charts {

    private static final double MIB = 1024.0 * 1024.0;
    private static final double[] PERCENTILES = {50, 75, 90, 95, 99, 99.9, 100};
    private static final String[] PERCENTILE_LABELS = {"p50", "p75", "p90", "p95", "p99", "p99.9", "max"};

    private Charts() {
    }

    static String throughput(Comparison comparison) {
        List<String> names = comparison.servers().stream().map(s -> s.server().displayName()).toList();
        double[][] values = comparison.servers().stream().map(s -> new double[] {s.hammer().throughput()})
                .toArray(double[][]::new);
        // Errors complete too, and a refused call completes fast: say so beside a bar with no success in it.
        String[][] labels = comparison.servers().stream().map(s -> new String[] {Units.rate(s.hammer().throughput())
                + (s.hammer().succeeded() == 0 ? " (no successes)" : "")}).toArray(String[][]::new);
        return new BarChart("completed calls per second by server", names, List.of("req/s"), values, labels)
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
                Charts::millis).render();
        return legend(lines) + chart + notes(notes);
    }

    static String memory(Comparison comparison) {
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            if (!server.hasMemory()) {
                notes.add(server.server().displayName() + ": not launched here, memory unknown");
                continue;
            }
            names.add(server.server().displayName());
            double peak = server.peakRss().isPresent() ? server.peakRss().getAsLong() / MIB : Double.NaN;
            values.add(new double[] {server.before().rss() / MIB, server.after().rss() / MIB, peak});
            labels.add(new String[] {Units.mib(server.before().rss()), Units.mib(server.after().rss()),
                Units.mib(server.peakRss())});
        }
        String chart = names.isEmpty() ? "" : new BarChart("RSS before, after and peak in MiB by server", names,
                List.of("RSS before", "RSS after", "peak RSS"), values.toArray(double[][]::new),
                labels.toArray(String[][]::new)).render();
        return chart + notes(notes);
    }

    static String memoryOverTime(Comparison comparison) {
        List<LineChart.Series> lines = new ArrayList<>();
        double maxSeconds = 0;
        for (int i = 0; i < comparison.servers().size(); i++) {
            ServerResult server = comparison.servers().get(i);
            List<double[]> points = new ArrayList<>();
            for (MemorySample sample : server.memoryOverTime()) {
                double seconds = sample.sinceStart().toNanos() / 1e9;
                maxSeconds = Math.max(maxSeconds, seconds);
                points.add(new double[] {seconds, sample.rss() / MIB});
            }
            if (!points.isEmpty()) {
                lines.add(new LineChart.Series(server.server().displayName(), i, points));
            }
        }
        if (lines.isEmpty()) {
            return notes(List.of("no server's memory was sampled during the load"));
        }
        List<LineChart.Tick> ticks = Axis.linear(maxSeconds, 8).stream()
                .map(s -> new LineChart.Tick(s, Units.tick(s) + "s")).toList();
        return legend(lines) + new LineChart("RSS in MiB over the load, by server", lines, ticks, false,
                v -> Units.tick(v)).render();
    }

    private static String millis(double millis) {
        return Units.duration(Duration.ofNanos(Math.round(millis * 1e6)));
    }

    private static String legend(List<LineChart.Series> lines) {
        StringBuilder html = new StringBuilder("<p class=\"legend\">");
        for (LineChart.Series line : lines) {
            html.append("<span><i style=\"background:").append(Svg.color(line.color())).append("\"></i>")
                    .append(Html.escape(line.name())).append("</span> ");
        }
        return html.append("</p>\n").toString();
    }

    private static String notes(List<String> notes) {
        StringBuilder html = new StringBuilder();
        notes.forEach(note -> html.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n"));
        return html.toString();
    }
}
