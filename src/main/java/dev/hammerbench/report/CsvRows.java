package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The figures of one CSV row, column name to value ({@code null}: unknown, an empty cell). Every
 * row gets every column, so the first row's names are the header.
 */
final class CsvRows {

    private CsvRows() {
    }

    static Map<String, String> server(Comparison comparison, ServerResult server) {
        Map<String, String> row = new LinkedHashMap<>();
        var info = server.server();
        row.put("row", "server");
        row.put("name", info.name());
        row.put("version", info.version().orElse(""));
        row.put("pid", Numbers.integer(info.pid()));
        row.put("port", Integer.toString(info.port()));
        row.put("target", server.hammer().target());
        row.put("launched", Boolean.toString(info.launched()));
        row.put("startup_ms", Numbers.millis(info.startupTime()));
        hammer(row, server.hammer());
        row.put("cpu_ms", Numbers.millis(server.cpuTime()));
        row.put("cpu_ms_per_1000_calls", Numbers.decimal(server.cpuMillisPer1000Calls()));
        row.put("others_cpu_share", Numbers.decimal(server.othersCpuShare()));
        row.put("machine_busy_share", Numbers.decimal(server.machineBusyShare()));
        row.put("relative_speed", Relative.speed(comparison, server));
        row.put("slower_by", Numbers.decimal(Relative.slowerBy(comparison, server)));
        memory(row, server.before().orElse(null), server.after().orElse(null), server.peakRss());
        row.put("relative_memory", Relative.memory(comparison, server));
        row.put("larger_by", Numbers.decimal(Relative.largerBy(comparison, server)));
        RoundFigures.csv(row, comparison, server);
        return row;
    }

    static Map<String, String> harness(Comparison comparison, String harnessName) {
        Map<String, String> row = new LinkedHashMap<>();
        HarnessResult harness = comparison.harness();
        row.put("row", "harness");
        row.put("name", harnessName);
        row.put("pid", harness == null ? null : Long.toString(harness.pid()));
        row.put("sent", Long.toString(SpeedTable.totalSent(comparison)));
        row.put("cpu_ms", harness == null ? null : Numbers.millis(harness.cpuTime()));
        row.put("cpu_ms_per_1000_calls", Numbers.decimal(SpeedTable.harnessCpuPer1000Calls(comparison)));
        memory(row, harness == null ? null : harness.before(), harness == null ? null : harness.after(),
                OptionalLong.empty());
        return row;
    }

    private static void hammer(Map<String, String> row, HammerResult hammer) {
        row.put("sent", Long.toString(hammer.sent()));
        row.put("completed", Long.toString(hammer.completed()));
        row.put("succeeded", Long.toString(hammer.succeeded()));
        row.put("failed", Long.toString(hammer.failed()));
        row.put("success_rate", Numbers.decimal(hammer.successRate()));
        row.put("throughput_per_s", Numbers.decimal(hammer.throughput()));
        row.put("seconds_per_call", Numbers.decimal(hammer.secondsPerCall()));
        row.put("wall_ms", Numbers.millis(hammer.wall()));
        row.put("outcomes", hammer.outcomes().counts().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")));
        row.put("error_samples", hammer.outcomes().samples().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")));
        LatencySummary latency = hammer.latency();
        boolean known = latency.count() > 0;
        row.put("latency_count", Long.toString(latency.count()));
        row.put("latency_min_ms", known ? Numbers.millis(latency.min()) : null);
        row.put("latency_mean_ms", known ? Numbers.millis(latency.mean()) : null);
        row.put("latency_p50_ms", known ? Numbers.millis(latency.p50()) : null);
        row.put("latency_p75_ms", known ? Numbers.millis(latency.p75()) : null);
        row.put("latency_p90_ms", known ? Numbers.millis(latency.p90()) : null);
        row.put("latency_p95_ms", known ? Numbers.millis(latency.p95()) : null);
        row.put("latency_p99_ms", known ? Numbers.millis(latency.p99()) : null);
        row.put("latency_p999_ms", known ? Numbers.millis(latency.p999()) : null);
        row.put("latency_max_ms", known ? Numbers.millis(latency.max()) : null);
    }

    private static void memory(Map<String, String> row, MemorySnapshot before, MemorySnapshot after, OptionalLong peak) {
        snapshot(row, "before", before);
        snapshot(row, "after", after);
        boolean known = before != null && after != null;
        row.put("rss_growth_bytes", known ? Long.toString(after.rss() - before.rss()) : null);
        row.put("rss_growth_percent", known ? Numbers.decimal(after.rssGrowthPercentSince(before)) : null);
        row.put("peak_rss_bytes", Numbers.integer(peak));
    }

    private static void snapshot(Map<String, String> row, String when, MemorySnapshot snapshot) {
        boolean known = snapshot != null;
        row.put(when + "_at", known ? snapshot.at().toString() : null);
        row.put(when + "_process_count", known ? Integer.toString(snapshot.processCount()) : null);
        row.put(when + "_rss_bytes", known ? Long.toString(snapshot.rss()) : null);
        row.put(when + "_vms_bytes", known ? Numbers.integer(snapshot.vms()) : null);
        row.put(when + "_pss_bytes", known ? Numbers.integer(snapshot.pss()) : null);
        row.put(when + "_uss_bytes", known ? Numbers.integer(snapshot.uss()) : null);
        row.put(when + "_swap_bytes", known ? Numbers.integer(snapshot.swap()) : null);
        row.put(when + "_main_rss_bytes", known ? Numbers.integer(snapshot.mainRss()) : null);
        row.put(when + "_main_vms_bytes", known ? Numbers.integer(snapshot.mainVms()) : null);
    }
}
