package dev.hammerbench.assertj;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.Outcomes;
import dev.hammerbench.result.PlanSummary;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;

/**
 * Hand-made results with chosen figures. A fresh server is healthy: 2000 calls all answered 200 in
 * 2 s (1000 calls/s), latency p50 2 ms ... max 20 ms, RSS 40 MiB before and 42 MiB (+5 %) after,
 * peak 45 MiB. Each test changes only the figure it is about.
 */
final class Results {

    static final long MIB = 1024 * 1024;

    private Results() {
    }

    /** A failure message as the asserts write it: a leading newline, then one line per fact. */
    static String message(String... lines) {
        return "\n" + String.join("\n", lines);
    }

    static ServerBuilder server(String name) {
        return new ServerBuilder(name);
    }

    static Comparison round(String title, ServerResult... servers) {
        PlanSummary plan = servers.length > 0 ? servers[0].hammer().plan() : plan(2000);
        MemorySnapshot harness = snapshot(30 * MIB);
        return new Comparison(title, plan, false, Duration.ofSeconds(2), Instant.EPOCH, Duration.ofSeconds(10),
                List.of(servers), new HarnessResult(1, harness, harness, Duration.ofMillis(500)));
    }

    /** A server over rounds of 2000 calls each, one round a wall time in milliseconds (2000 ms: 1000 calls/s). */
    static ServerResult overRounds(String name, long... wallMillis) {
        List<ServerResult> rounds = new java.util.ArrayList<>();
        for (long wall : wallMillis) {
            rounds.add(server(name).wall(Duration.ofMillis(wall)).build());
        }
        return ServerResult.overRounds(rounds, rounds.get(0).before(), rounds.get(rounds.size() - 1).after());
    }

    static PlanSummary plan(long calls) {
        return new PlanSummary(calls, Optional.empty(), 50, 0, Duration.ofSeconds(1), true, 0, 1.0, "GET", "");
    }

    static MemorySnapshot snapshot(long rss) {
        return new MemorySnapshot(Instant.EPOCH, 1, rss, OptionalLong.of(3 * rss), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.of(rss), OptionalLong.of(3 * rss));
    }

    /** Latency with the shape p50 2, p75 3, p90 4, p95 5, p99 8, p99.9 12, max 20, mean 2.5 ms, times {@code scale}. */
    static LatencySummary latency(long count, double scale) {
        return new LatencySummary(count, ms(0.5 * scale), ms(2.5 * scale), ms(2 * scale), ms(3 * scale),
                ms(4 * scale), ms(5 * scale), ms(8 * scale), ms(12 * scale), ms(20 * scale));
    }

    private static Duration ms(double millis) {
        return Duration.ofNanos(Math.round(millis * 1e6));
    }

    static final class ServerBuilder {

        private final String name;
        private boolean launched = true;
        private long sent = 2000;
        private long completed = 2000;
        private long succeeded = 2000;
        private final Map<String, Long> outcomes = new LinkedHashMap<>();
        private final Map<String, String> samples = new LinkedHashMap<>();
        private Duration wall = Duration.ofSeconds(2);
        private double latencyScale = 1;
        private long rssBefore = 40 * MIB;
        private long rssAfter = 42 * MIB;
        private OptionalLong peak = OptionalLong.of(45 * MIB);

        private ServerBuilder(String name) {
            this.name = name;
        }

        /** Counted calls; unless outcomes are given, the succeeded ones got 200 and the rest 503. */
        ServerBuilder calls(long sent, long completed, long succeeded) {
            this.sent = sent;
            this.completed = completed;
            this.succeeded = succeeded;
            return this;
        }

        ServerBuilder outcome(String key, long count) {
            outcomes.put(key, count);
            return this;
        }

        ServerBuilder error(String key, long count, String sample) {
            samples.put(key, sample);
            return outcome(key, count);
        }

        ServerBuilder wall(Duration wall) {
            this.wall = wall;
            return this;
        }

        ServerBuilder latencyScale(double scale) {
            this.latencyScale = scale;
            return this;
        }

        ServerBuilder rss(long beforeBytes, long afterBytes) {
            this.rssBefore = beforeBytes;
            this.rssAfter = afterBytes;
            return this;
        }

        ServerBuilder peak(OptionalLong peakBytes) {
            this.peak = peakBytes;
            return this;
        }

        /** A target given by URL: nobody launched it, so it has no memory figures. */
        ServerBuilder external() {
            this.launched = false;
            return this;
        }

        HammerResult hammer() {
            URI uri = uri();
            Map<String, Long> counts = new LinkedHashMap<>(outcomes);
            if (counts.isEmpty()) {
                counts.put("200", succeeded);
                if (completed > succeeded) {
                    counts.put("503", completed - succeeded);
                }
            }
            long responses = counts.entrySet().stream().filter(e -> Outcomes.isStatus(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            return new HammerResult(uri.toString(), plan(sent), sent, completed, succeeded, new Outcomes(counts, samples),
                    wall, responses == 0 ? LatencySummary.EMPTY : latency(responses, latencyScale));
        }

        ServerResult build() {
            if (!launched) {
                return new ServerResult(ServerInfo.external(name, uri()), hammer(), Optional.empty(), Optional.empty(),
                        OptionalLong.empty(), Optional.empty(),
                        List.of());
            }
            ServerInfo info = new ServerInfo(name, Optional.of("1.0"), OptionalLong.of(4242), 8080, uri(),
                    Optional.of(Path.of("target", name + ".log")), Optional.of(Duration.ofMillis(300)));
            return new ServerResult(info, hammer(), Optional.of(snapshot(rssBefore)), Optional.of(snapshot(rssAfter)), peak,
                    Optional.of(Duration.ofSeconds(1)),
                    List.of());
        }

        private URI uri() {
            return URI.create("http://127.0.0.1:8080/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
    }
}
