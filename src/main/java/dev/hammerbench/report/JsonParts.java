package dev.hammerbench.report;

import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.KernelEvidence;
import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.MemorySample;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.Outcomes;
import dev.hammerbench.result.PlanSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The records of a round as JSON objects; docs/results-json-schema.md describes each. */
final class JsonParts {

    private JsonParts() {
    }

    static void plan(JsonWriter json, PlanSummary plan) {
        if (plan == null) {
            json.nullValue();
            return;
        }
        json.beginObject()
                .name("calls").value(plan.calls())
                .name("durationMs").number(Numbers.millis(plan.duration()))
                .name("concurrency").value(plan.concurrency())
                .name("rate").number(Numbers.decimal(plan.rate()))
                .name("openModel").value(plan.openModel())
                .name("timeoutMs").number(Numbers.millis(plan.timeout()))
                .name("keepAlive").value(plan.keepAlive())
                .name("warmup").value(plan.warmup())
                .name("warmupMs").number(Numbers.millis(plan.warmupDuration()))
                .name("scale").number(Numbers.decimal(plan.scale()))
                .name("method").value(plan.method())
                .name("path").value(plan.path())
                .name("deadlineMs").number(Numbers.millis(plan.deadline()))
                .name("rampUpMs").number(Numbers.millis(plan.rampUp()))
                .name("rampUpDefault").value(plan.rampUpDefault())
                .endObject();
    }

    /** The kernel's TCP counters during the round (machine-wide), or null where they could not be read. */
    static void kernel(JsonWriter json, java.util.Optional<KernelEvidence> kernel) {
        if (kernel.isEmpty()) {
            json.nullValue();
            return;
        }
        KernelEvidence k = kernel.get();
        json.beginObject()
                .name("listenOverflows").value(k.listenOverflows())
                .name("listenDrops").value(k.listenDrops())
                .name("syncookiesSent").value(k.syncookiesSent())
                .name("tcpTimeouts").value(k.tcpTimeouts())
                .name("synRetransmits").number(k.synRetransmits().isPresent()
                        ? Long.toString(k.synRetransmits().getAsLong()) : null)
                .name("retransmittedSegments").value(k.retransmittedSegments())
                .name("listenBacklog").number(k.listenBacklog().isPresent()
                        ? Integer.toString(k.listenBacklog().getAsInt()) : null)
                .name("sharedWithOtherServers").value(k.shared())
                .name("machineWide").value(true)
                .endObject();
    }

    static void hammer(JsonWriter json, HammerResult hammer) {
        json.beginObject()
                .name("target").value(hammer.target())
                .name("sent").value(hammer.sent())
                .name("completed").value(hammer.completed())
                .name("succeeded").value(hammer.succeeded())
                .name("failed").value(hammer.failed())
                .name("successRate").number(Numbers.decimal(hammer.successRate()))
                .name("throughputPerSecond").number(Numbers.decimal(hammer.throughput()))
                .name("secondsPerCall").number(Numbers.decimal(hammer.secondsPerCall()))
                .name("wallMs").number(Numbers.millis(hammer.wall()))
                .name("harnessBusyShare").number(Numbers.decimal(hammer.harnessBusy()));
        json.name("outcomes");
        outcomes(json, hammer.outcomes());
        json.name("latency");
        latency(json, hammer.latency());
        json.name("plan");
        plan(json, hammer.plan());
        json.endObject();
    }

    private static void outcomes(JsonWriter json, Outcomes outcomes) {
        json.beginObject().name("counts").beginObject();
        outcomes.counts().forEach((key, count) -> json.name(key).value(count));
        json.endObject().name("samples").beginObject();
        new TreeMap<>(outcomes.samples()).forEach((key, sample) -> json.name(key).value(sample));
        json.endObject().endObject();
    }

    /** Percentiles are null when no call got a response: there is no latency to tell, not a latency of 0. */
    private static void latency(JsonWriter json, LatencySummary latency) {
        boolean known = latency.count() > 0;
        json.beginObject().name("count").value(latency.count());
        Map<String, Duration> figures = new java.util.LinkedHashMap<>();
        figures.put("minMs", latency.min());
        figures.put("meanMs", latency.mean());
        figures.put("p50Ms", latency.p50());
        figures.put("p75Ms", latency.p75());
        figures.put("p90Ms", latency.p90());
        figures.put("p95Ms", latency.p95());
        figures.put("p99Ms", latency.p99());
        figures.put("p999Ms", latency.p999());
        figures.put("maxMs", latency.max());
        figures.forEach((name, value) -> json.name(name).number(known ? Numbers.millis(value) : null));
        json.endObject();
    }

    static void snapshot(JsonWriter json, MemorySnapshot snapshot) {
        if (snapshot == null) {
            json.nullValue();
            return;
        }
        json.beginObject()
                .name("at").value(snapshot.at() == null ? null : snapshot.at().toString())
                .name("processCount").value(snapshot.processCount())
                .name("rssBytes").value(snapshot.rss())
                .name("vmsBytes").number(Numbers.integer(snapshot.vms()))
                .name("pssBytes").number(Numbers.integer(snapshot.pss()))
                .name("ussBytes").number(Numbers.integer(snapshot.uss()))
                .name("swapBytes").number(Numbers.integer(snapshot.swap()))
                .name("mainRssBytes").number(Numbers.integer(snapshot.mainRss()))
                .name("mainVmsBytes").number(Numbers.integer(snapshot.mainVms()))
                .endObject();
    }

    static void overTime(JsonWriter json, List<MemorySample> samples) {
        json.beginArray();
        for (MemorySample sample : samples) {
            json.beginObject().name("sinceStartMs").number(Numbers.millis(sample.sinceStart()))
                    .name("rssBytes").value(sample.rss()).endObject();
        }
        json.endArray();
    }
}
