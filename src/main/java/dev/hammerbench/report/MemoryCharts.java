package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.MemorySample;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.List;

/** RSS before/after/peak bars and RSS-over-time lines for report.html, each an HTML fragment. */
final class MemoryCharts {

    private static final double MIB = 1024.0 * 1024.0;

    private MemoryCharts() {
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
            values.add(new double[] {server.before().orElseThrow().rss() / MIB, server.after().orElseThrow().rss() / MIB, peak});
            labels.add(new String[] {Units.mib(server.before().orElseThrow().rss()), Units.mib(server.after().orElseThrow().rss()),
                Units.mib(server.peakRss())});
        }
        String chart = names.isEmpty() ? "" : new BarChart("RSS before, after and peak in MiB by server", names,
                List.of("RSS before", "RSS after", "peak RSS"), values.toArray(double[][]::new),
                labels.toArray(String[][]::new)).render();
        return chart + Charts.notes(notes);
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
            return Charts.notes(List.of("no server's memory was sampled during the load"));
        }
        List<LineChart.Tick> ticks = Axis.linear(maxSeconds, 8).stream()
                .map(s -> new LineChart.Tick(s, Units.tick(s) + "s")).toList();
        return Charts.legend(lines) + new LineChart("RSS in MiB over the load, by server", lines, ticks, false,
                v -> Units.tick(v)).render();
    }
}
