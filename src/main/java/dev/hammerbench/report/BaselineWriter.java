package dev.hammerbench.report;

import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Fingerprint;
import java.util.List;
import java.util.OptionalLong;

/** A round as a baseline file, format in docs/baseline-json-schema.md. */
final class BaselineWriter {

    static final String FORMAT = "hammerbench-baseline";
    /** Bump when a field is removed, renamed or changes meaning; new fields do not bump it. */
    static final int FORMAT_VERSION = 1;

    private BaselineWriter() {
    }

    static String render(Comparison round, Fingerprint machine) {
        JsonWriter json = new JsonWriter();
        json.beginObject()
                .name("format").value(FORMAT)
                .name("formatVersion").value(FORMAT_VERSION)
                .name("title").value(round.title())
                .name("recordedAt").value(round.startedAt() == null ? null : round.startedAt().toString())
                .name("machine").beginObject()
                .name("cpuModel").value(machine.cpuModel())
                .name("cores").value(machine.cores())
                .name("memoryBytes").value(machine.memoryBytes())
                .name("kernel").value(machine.kernel())
                .name("jvm").value(machine.jvm())
                .name("hammerbenchVersion").value(machine.hammerbenchVersion())
                .endObject();
        json.name("plan");
        JsonParts.plan(json, round.plan());
        json.name("parallel").value(round.parallel())
                .name("rounds").value(round.rounds())
                .name("servers").beginArray();
        for (var server : round.servers()) {
            BaselineFigures figures = BaselineFigures.of(server);
            json.beginObject().name("name").value(figures.name());
            series(json.name("throughput"), figures.throughput(), 1);
            series(json.name("p50Ms"), figures.p50(), 1000);
            series(json.name("p90Ms"), figures.p90(), 1000);
            series(json.name("p99Ms"), figures.p99(), 1000);
            bytes(json, "rssBeforeBytes", figures.rssBefore());
            bytes(json, "rssAfterBytes", figures.rssAfter());
            bytes(json, "peakRssBytes", figures.peakRss());
            json.endObject();
        }
        return json.endArray().endObject().finish();
    }

    private static void series(JsonWriter json, List<Double> values, double factor) {
        json.beginArray();
        values.forEach(v -> json.number(Numbers.decimal(v * factor)));
        json.endArray();
    }

    private static void bytes(JsonWriter json, String name, OptionalLong value) {
        json.name(name).number(Numbers.integer(value));
    }
}
