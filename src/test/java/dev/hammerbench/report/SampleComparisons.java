package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.MemorySample;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.Outcomes;
import dev.hammerbench.result.PlanSummary;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Hand-made rounds with fixed instants and figures, so every rendering of them is byte-for-byte
 * the same and can be compared with a golden file. The figures follow the seed's run
 * (compare-py-output.txt): five Python frameworks, 2000 calls each, web.py timing out.
 */
final class SampleComparisons {

    static final String HARNESS = "harness Java 17.0.15+6";
    static final Instant START = Instant.parse("2026-11-26T06:00:00Z");
    static final long MIB = 1024 * 1024;

    static final PlanSummary SEED_PLAN = new PlanSummary(2000, Optional.empty(), 0, 0, Duration.ofSeconds(1), false, 0,
            1.0, "GET", "", Optional.empty(), Duration.ofMillis(1999), true);

    private SampleComparisons() {
    }

    /** The seed's round: five servers, one of them (web.py) mostly timing out. */
    static Comparison seedRound() {
        List<ServerResult> servers = List.of(
                server("bottle", "0.12.9", 9892, 8000, "/hello/World", ok(2000), 7_600, latency(2000, 2_100, 3_900, 9_800, 31_000),
                        mib(19.26), mib(19.43), 3, 410),
                server("web.py", "0.37", 7948, 8001, "/World",
                        outcomes(Map.of("200", 460L, ErrorClass.RESPONSE_TIMEOUT.label(), 1540L),
                                Map.of(ErrorClass.RESPONSE_TIMEOUT.label(), "Read timed out after 1,000 MILLISECONDS")),
                        13_200, latency(460, 4_800, 61_000, 380_000, 990_000), mib(18.39), mib(21.79), 1, 1630),
                server("flask", "0.10.1", 12352, 8002, "/hello/World", ok(2000), 9_400, latency(2000, 2_900, 5_200, 14_000, 48_000),
                        mib(22.80), mib(23.60), 1, 560),
                server("cherrypy", "4.0.0", 4844, 8003, "/?name=World", ok(2000), 8_000, latency(2000, 2_400, 4_400, 12_500, 40_000),
                        mib(22.30), mib(23.64), 12, 480),
                server("tornado", "4.3", 11032, 8004, "/hello?name=World", ok(2000), 8_000, latency(2000, 2_300, 4_100, 11_000, 36_000),
                        mib(21.28), mib(22.79), 1, 450));
        ServerResult webpy = servers.get(1);
        ServerResult webpyWithKernel = new ServerResult(webpy.server(), webpy.hammer(), webpy.before(), webpy.after(),
                webpy.peakRss(), webpy.cpuTime(), webpy.memoryOverTime(), webpy.peakSource(), List.of(),
                java.util.OptionalDouble.empty(), java.util.Optional.of(new dev.hammerbench.result.KernelEvidence(5_412, 5_412, 1_980, 2_003,
                        OptionalLong.of(1_993), 2_100, java.util.OptionalInt.of(5), false)));
        servers = List.of(servers.get(0), webpyWithKernel, servers.get(2), servers.get(3), servers.get(4));
        return new Comparison("FrameworkShootoutTest.everyServerAnswers", SEED_PLAN, false, Duration.ofSeconds(2),
                START, Duration.ofMillis(46_400), servers, harness(mib(34.82), mib(54.28), 5_900));
    }

    /**
     * A server that refused or timed out on every call (no response, no latency) next to a
     * healthy one and a target nobody launched (no memory at all).
     */
    static Comparison failedRound() {
        PlanSummary plan = new PlanSummary(0, Optional.of(Duration.ofSeconds(30)), 50, 500, Duration.ofMillis(250), true,
                100, 0.5, "POST", "/api/echo");
        ServerResult healthy = server("jetty", "12.0.15", 40100, 41001, "/api/echo", ok(15000), 30_000,
                latency(15000, 180, 420, 1_900, 8_700), 96 * MIB, 101 * MIB, 1, 38);
        ServerResult dead = server("crashy", "", 40200, 41002, "/api/echo",
                outcomes(Map.of(ErrorClass.REFUSED.label(), 14990L, ErrorClass.RESPONSE_TIMEOUT.label(), 10L),
                        Map.of(ErrorClass.REFUSED.label(), "Connection refused: /127.0.0.1:41002",
                                ErrorClass.RESPONSE_TIMEOUT.label(), "Timeout 250 MILLISECONDS")),
                30_000, LatencySummary.EMPTY, 30 * MIB, 12 * MIB, 1, 0);
        URI externalUri = URI.create("http://127.0.0.1:8080/api/echo");
        ServerResult external = new ServerResult(ServerInfo.external("nginx", externalUri),
                new HammerResult(externalUri.toString(), plan, 15000, 15000, 15000, ok(15000),
                        Duration.ofMillis(30_000), latency(15000, 90, 200, 700, 4_000)),
                Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.empty(), List.of());
        return new Comparison("FailureTest.crashyServer", plan, true, Duration.ofMillis(500), START.plusSeconds(60),
                Duration.ofMillis(31_250), List.of(healthy, dead, external), harness(80 * MIB, 84 * MIB, 2_100));
    }

    /**
     * Names, versions and messages no renderer may trust: markup, quotes, commas, newlines, a
     * name far longer than a column, and more outcome kinds than fit in one.
     */
    static Comparison hostileRound() {
        Map<String, Long> many = new LinkedHashMap<>();
        Map<String, String> samples = new LinkedHashMap<>();
        many.put("200", 700L);
        for (int status : new int[] {301, 404, 429, 500, 502, 503, 504}) {
            many.put(Integer.toString(status), 10L + status % 7);
        }
        many.put(ErrorClass.RESET.label(), 41L);
        many.put(Outcomes.OTHER_PREFIX + "SSLHandshakeException", 3L);
        samples.put(ErrorClass.RESET.label(), "Connection reset by peer; \"quoted\", <b>bold</b>\nsecond line\t"
                + "x".repeat(300));
        samples.put(Outcomes.OTHER_PREFIX + "SSLHandshakeException", "Remote host terminated the handshake \\ \u2028");
        ServerResult script = server("<script>alert(1)</script>", "1.0 \"beta\", 'rc'", 50100, 51001, "/x?a=1&b='2'",
                outcomes(many, samples), 4_000, latency(700, 900, 2_000, 9_000, 120_000), 50 * MIB, 60 * MIB, 2, 200);
        ServerResult longName = server("a-server-with-a-name-much-longer-than-any-column-should-hold,\nreally",
                "v2\r\nX-Injected: yes", 50200, 51002, "/", ok(1000), 2_000, latency(1000, 500, 800, 1_500, 3_000),
                40 * MIB, 41 * MIB, 1, 100);
        PlanSummary plan = new PlanSummary(1000, Optional.empty(), 8, 0, Duration.ofSeconds(2), true, 10, 1.0, "GET",
                "/x?a=1&b=<2>");
        return new Comparison("Hostile \"names\", <tags> & commas,\nnewlines", plan, false, Duration.ofSeconds(1),
                START.plusSeconds(120), Duration.ofMillis(9_876), List.of(script, longName),
                harness(60 * MIB, 61 * MIB, 1_000));
    }

    /**
     * Rounds of 20 000 calls a server: "fast" and "twin" alike (~20k req/s), "slow" 1.6x slower in
     * every round and jumpy (its req/s varies ~18 %).
     *
     * @param rounds 1 to 5: the first so many of each server's five rounds
     */
    static Comparison roundsRound(int rounds) {
        List<ServerResult> servers = List.of(
                overRounds("fast", 9001, rounds, 1000, 1010, 990, 1005, 995),
                overRounds("twin", 9002, rounds, 1002, 990, 1008, 996, 1004),
                overRounds("slow", 9003, rounds, 1600, 2100, 1300, 1610, 1900));
        return new Comparison("RoundsTest.shootout", SEED_PLAN, false, Duration.ofSeconds(2), START,
                Duration.ofSeconds(30), servers, harness(60 * MIB, 61 * MIB, 9_000));
    }

    /** Six rounds: "steady" scatters around 20k req/s, "cold" climbs from 10k to 20k, "slowing" sinks from 20k to 11k. */
    static Comparison trendRound() {
        List<ServerResult> servers = List.of(
                overRounds("steady", 9001, 6, 1000, 1010, 990, 1005, 995, 1002),
                overRounds("cold", 9002, 6, 2000, 1600, 1300, 1150, 1050, 1000),
                overRounds("slowing", 9003, 6, 1000, 1100, 1250, 1400, 1600, 1800));
        return new Comparison("RoundsTest.trend", SEED_PLAN, false, Duration.ofSeconds(2), START,
                Duration.ofSeconds(30), servers, harness(60 * MIB, 61 * MIB, 9_000));
    }

    /** Five rounds: "close" is about 1.1x slower than "fast" in every round, both varying ~5 %: significant (p = 0.016), but barely. */
    static Comparison fragileRound() {
        List<ServerResult> servers = List.of(
                overRounds("fast", 9001, 5, 930, 1000, 1070, 960, 1040),
                overRounds("close", 9002, 5, 1080, 1150, 1060, 1200, 1120));
        return new Comparison("RoundsTest.fragile", SEED_PLAN, false, Duration.ofSeconds(2), START,
                Duration.ofSeconds(30), servers, harness(60 * MIB, 61 * MIB, 9_000));
    }

    private static ServerResult overRounds(String name, int port, int rounds, long... wallMillis) {
        List<ServerResult> each = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long wall = wallMillis[r];
            each.add(server(name, "1.0", port, port, "/", ok(20_000), wall,
                    latency(20_000, wall / 2, wall, wall * 3, wall * 10), 40 * MIB, 41 * MIB, 1, 200 + wall / 10));
        }
        return ServerResult.overRounds(each, each.get(0).before(), each.get(each.size() - 1).after());
    }

    private static ServerResult server(String name, String version, long pid, int port, String path, Outcomes outcomes,
            long wallMillis, LatencySummary latency, long rssBefore, long rssAfter, int processes, long cpuMillis) {
        URI base = URI.create("http://127.0.0.1:" + port + path);
        ServerInfo info = new ServerInfo(name, Optional.of(version), OptionalLong.of(pid), port, base,
                Optional.of(Path.of("target/hammerbench/logs/" + port + ".log")), Optional.of(Duration.ofMillis(300 + port % 1000 * 7L)));
        long sent = outcomes.total();
        long succeeded = outcomes.status(200);
        HammerResult hammer = new HammerResult(base.toString(), SEED_PLAN, sent, sent, succeeded, outcomes,
                Duration.ofMillis(wallMillis), latency);
        MemorySnapshot before = snapshot(START.plusSeconds(2), processes, rssBefore);
        MemorySnapshot after = snapshot(START.plusSeconds(40), processes, rssAfter);
        long peak = Math.max(rssBefore, rssAfter) + 3 * MIB;
        return new ServerResult(info, hammer, Optional.of(before), Optional.of(after), OptionalLong.of(peak),
                Optional.of(Duration.ofMillis(cpuMillis)), overTime(rssBefore, peak, rssAfter, wallMillis), Optional.of("VmHWM"));
    }

    private static List<MemorySample> overTime(long before, long peak, long after, long wallMillis) {
        List<MemorySample> samples = new ArrayList<>();
        int points = 12;
        for (int i = 0; i <= points; i++) {
            // Up to the peak in the first two thirds, down to "after" in the last third.
            double t = (double) i / points;
            long rss = t < 2.0 / 3 ? before + Math.round((peak - before) * t * 1.5)
                    : peak - Math.round((peak - after) * (t - 2.0 / 3) * 3);
            samples.add(new MemorySample(Duration.ofMillis(wallMillis * i / points), rss));
        }
        return samples;
    }

    static MemorySnapshot snapshot(Instant at, int processes, long rss) {
        return new MemorySnapshot(at, processes, rss, OptionalLong.of(rss * 4 / 5 + 200 * MIB), OptionalLong.of(rss * 9 / 10),
                OptionalLong.of(rss * 3 / 4), OptionalLong.of(0), OptionalLong.of(rss / processes),
                OptionalLong.of(rss / processes * 4 / 5 + 200 * MIB));
    }

    private static HarnessResult harness(long before, long after, long cpuMillis) {
        return new HarnessResult(5588, snapshot(START.plusSeconds(2), 1, before),
                snapshot(START.plusSeconds(40), 1, after), Duration.ofMillis(cpuMillis));
    }

    static Outcomes ok(long calls) {
        return new Outcomes(Map.of("200", calls), Map.of());
    }

    static Outcomes outcomes(Map<String, Long> counts, Map<String, String> samples) {
        return new Outcomes(counts, samples);
    }

    /** Micros for p50, p90, p99 and max; the other percentiles between them. */
    static LatencySummary latency(long count, long p50, long p90, long p99, long max) {
        return new LatencySummary(count, micros(p50 / 3), micros((p50 + p90) / 2), micros(p50), micros((p50 + p90) / 2),
                micros(p90), micros((p90 + p99) / 2), micros(p99), micros((p99 + max) / 2), micros(max));
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1000);
    }

    private static long mib(double mib) {
        return Math.round(mib * MIB);
    }
}
