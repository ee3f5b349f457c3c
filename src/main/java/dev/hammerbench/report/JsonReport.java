package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * results.json: every figure of the round for tools, schema in docs/results-json-schema.md. Bump
 * {@link #SCHEMA_VERSION} when a field changes meaning or goes away; new fields do not bump it.
 */
final class JsonReport implements ReportFormat {

    static final int SCHEMA_VERSION = 2;

    private final String harnessName;

    JsonReport(String harnessName) {
        this.harnessName = harnessName;
    }

    @Override
    public String fileName() {
        return "results.json";
    }

    @Override
    public String render(Comparison comparison) {
        JsonWriter json = new JsonWriter();
        json.beginObject()
                .name("schemaVersion").value(SCHEMA_VERSION)
                .name("generator").value("hammerbench")
                .name("title").value(comparison.title())
                .name("startedAt").value(comparison.startedAt() == null ? null : comparison.startedAt().toString())
                .name("totalTimeMs").number(Numbers.millis(comparison.totalTime()))
                .name("settleMs").number(Numbers.millis(comparison.settle()))
                .name("waitedMs").number(Numbers.millis(comparison.waited()))
                .name("parallel").value(comparison.parallel());
        json.name("plan");
        JsonParts.plan(json, comparison.plan());
        json.name("servers").beginArray();
        comparison.servers().forEach(server -> server(json, comparison, server));
        json.endArray();
        json.name("harness");
        harness(json, comparison);
        json.name("baseline");
        BaselineParts.json(json, comparison);
        return json.endObject().finish();
    }

    private static void server(JsonWriter json, Comparison comparison, ServerResult server) {
        var info = server.server();
        json.beginObject()
                .name("name").value(info.name())
                .name("version").value(info.version().orElse(""))
                .name("displayName").value(info.displayName())
                .name("launched").value(info.launched())
                .name("pid").number(Numbers.integer(info.pid()))
                .name("port").value(info.port())
                .name("baseUri").value(info.baseUri().toString())
                .name("logFile").value(info.logFile().map(Path::toString).orElse(null))
                .name("startupMs").number(Numbers.millis(info.startupTime()));
        json.name("hammer");
        JsonParts.hammer(json, server.hammer());
        json.name("cpuMs").number(Numbers.millis(server.cpuTime()))
                .name("cpuMsPer1000Calls").number(Numbers.decimal(server.cpuMillisPer1000Calls()))
                .name("othersCpuShare").number(Numbers.decimal(server.othersCpuShare()))
                .name("machineBusyShare").number(Numbers.decimal(server.machineBusyShare()));
        json.name("memory");
        memory(json, server.before().orElse(null), server.after().orElse(null), server.peakRss(),
                server.peakSource().orElse(""));
        json.name("memoryOverTime");
        JsonParts.overTime(json, server.memoryOverTime());
        json.name("kernel");
        JsonParts.kernel(json, server.kernel());
        json.name("relative").beginObject()
                .name("speed").value(Relative.speed(comparison, server))
                .name("slowerBy").number(Numbers.decimal(Relative.slowerBy(comparison, server)))
                .name("memory").value(Relative.memory(comparison, server))
                .name("largerBy").number(Numbers.decimal(Relative.largerBy(comparison, server)))
                .endObject();
        RoundFigures.json(json, comparison, server);
        json.endObject();
    }

    private static void memory(JsonWriter json, MemorySnapshot before, MemorySnapshot after, OptionalLong peak,
            String peakSource) {
        boolean known = before != null && after != null;
        json.beginObject().name("before");
        JsonParts.snapshot(json, before);
        json.name("after");
        JsonParts.snapshot(json, after);
        json.name("peakRssBytes").number(Numbers.integer(peak))
                .name("peakSource").value(peakSource.isEmpty() ? null : peakSource)
                // "cgroup": a container on a remote engine, through the Docker stats API (no PSS, USS, VMS)
                .name("source").value(!known ? null : "cgroup".equals(peakSource) ? "cgroup" : "process")
                .name("rssGrowthBytes").number(known ? Long.toString(after.rss() - before.rss()) : null)
                .name("rssGrowthPercent").number(known ? Numbers.decimal(after.rssGrowthPercentSince(before)) : null)
                .endObject();
    }

    private void harness(JsonWriter json, Comparison comparison) {
        HarnessResult harness = comparison.harness();
        if (harness == null) {
            json.nullValue();
            return;
        }
        json.beginObject()
                .name("name").value(harnessName)
                .name("pid").value(harness.pid())
                .name("sent").value(SpeedTable.totalSent(comparison))
                .name("cpuMs").number(Numbers.millis(harness.cpuTime()))
                .name("cpuMsPer1000Calls").number(Numbers.decimal(SpeedTable.harnessCpuPer1000Calls(comparison)));
        json.name("memory");
        memory(json, harness.before(), harness.after(), OptionalLong.empty(), "");
        json.name("engineWarmup");
        if (harness.engineWarmup().isEmpty()) {
            json.nullValue();
        } else {
            json.beginObject().name("calls").value(harness.engineWarmup().get().calls())
                    .name("ms").number(Numbers.millis(harness.engineWarmup().get().took())).endObject();
        }
        json.endObject();
    }
}
