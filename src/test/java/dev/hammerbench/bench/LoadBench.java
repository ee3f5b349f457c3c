package dev.hammerbench.bench;

import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.result.HammerResult;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmarks the load engine against wrk (and ab, hey when installed) on one target, with the
 * same connections and duration, keep-alive: req/s and client CPU per request, then the seed's
 * round (2000 calls at once, a new connection each) and harness memory over a long round.
 * Not a test: run it with bench/load-bench.sh, which starts nginx.
 *
 * <pre>
 * --url U            target (required), loopback
 * --connections N    keep-alive connections for every tool (default 50)
 * --seconds S        duration of each tool's run (default 10)
 * --long-calls N     calls of the memory round at concurrency 100, 0 to skip (default 1000000)
 * --turns N          how often each tool runs, taking turns; the faster run counts (default 2)
 * </pre>
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI url = URI.create(options.get("url"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "50"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        long longCalls = Long.parseLong(options.getOrDefault("long-calls", "1000000"));
        int repeat = Integer.parseInt(options.getOrDefault("turns", "2"));
        System.out.printf(Locale.ROOT, "target %s, %d keep-alive connections, %d s per tool, %d cores%n", url,
                connections, seconds, Runtime.getRuntime().availableProcessors());

        // tools take turns, twice over, and each keeps its faster turn: a shared machine's load
        // drifts during a run, and taking turns spreads the drift over every tool alike
        warmEngine(url, connections, seconds);
        Map<String, ExternalTool.Run> best = new java.util.LinkedHashMap<>();
        for (int turn = 0; turn < repeat; turn++) {
            keepFaster(best, Optional.of(engine(url, connections, seconds)));
            if (ExternalTool.installed("wrk")) {
                keepFaster(best, ExternalTool.wrk(url.toString(), connections, seconds));
            }
            if (ExternalTool.installed("ab")) {
                keepFaster(best, ExternalTool.ab(url.toString(), connections, seconds));
            }
            if (ExternalTool.installed("hey")) {
                keepFaster(best, ExternalTool.hey(url.toString(), connections, seconds));
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %12s %10s %14s   (faster of %d turns each)%n", "tool", "requests", "req/s",
                "CPU us/request", repeat);
        for (ExternalTool.Run run : best.values()) {
            System.out.printf(Locale.ROOT, "%-10s %12d %10.0f %14.1f%n", run.tool(), run.requests(), run.perSecond(),
                    run.cpuMicrosPerRequest());
        }
        ExternalTool.Run engine = best.get("engine");
        ExternalTool.Run wrk = best.get("wrk");
        if (wrk != null) {
            System.out.printf(Locale.ROOT,
                    "engine/wrk: throughput %.2fx (target >= 0.8), CPU per request %.2fx (target <= 1.5)%n",
                    engine.perSecond() / wrk.perSecond(), engine.cpuMicrosPerRequest() / wrk.cpuMicrosPerRequest());
        }

        // the first new-connection round runs HttpClient's connect path interpreted, the next ones compiled
        for (String round : new String[] {"first", "second", "third"}) {
            HammerResult seed = LoadEngine.run(HammerPlan.builder().build(), "seed round", url, System.out::println);
            System.out.printf(Locale.ROOT, "2000 calls at once, new connection each, 1 s timeout, %s round: %.1f %%"
                    + " success (%s), wall %d ms, p50 %d ms%n", round, seed.successRate() * 100, seed.outcomes(),
                    seed.wall().toMillis(), seed.latency().p50().toMillis());
        }

        if (longCalls > 0) {
            memoryRound(url, longCalls);
        }
    }

    private static void keepFaster(Map<String, ExternalTool.Run> best, Optional<ExternalTool.Run> run) {
        run.ifPresent(r -> best.merge(r.tool(), r, (a, b) -> a.perSecond() >= b.perSecond() ? a : b));
    }

    /** Lets the JIT compile the engine's path before anything is measured. */
    private static void warmEngine(URI url, int connections, int seconds) {
        HammerPlan warm = HammerPlan.builder().duration(Duration.ofSeconds(Math.max(2, seconds / 2)))
                .concurrency(connections).keepAlive(true).build();
        LoadEngine.run(warm, "engine warm-up (JIT)", url, line -> { });
    }

    /** The engine on the same terms as wrk; the JVM's process CPU time over the counted run. */
    private static ExternalTool.Run engine(URI url, int connections, int seconds) {
        HammerPlan plan = HammerPlan.builder().duration(Duration.ofSeconds(seconds)).concurrency(connections)
                .keepAlive(true).build();
        long cpuBefore = processCpuNanos();
        HammerResult result = LoadEngine.run(plan, "engine", url, line -> { });
        long cpu = processCpuNanos() - cpuBefore;
        if (result.succeeded() != result.sent()) {
            System.out.println("engine: not every call succeeded: " + result.outcomes());
        }
        System.out.println("engine latency: p50 " + result.latency().p50().toNanos() / 1000 + " us, p99 "
                + result.latency().p99().toNanos() / 1000 + " us");
        return new ExternalTool.Run("engine", result.completed(), result.wall().toNanos() / 1e9, cpu / 1e9);
    }

    /** RSS after a 10k-call round, during and after a long one: flat means nothing is kept per call. */
    private static void memoryRound(URI url, long calls) {
        HammerPlan small = HammerPlan.builder().calls(10_000).concurrency(100).keepAlive(true).build();
        LoadEngine.run(small, "memory 10k", url, line -> { });
        long rss10k = Rss.current();
        System.out.printf(Locale.ROOT, "RSS after 10k calls: %.1f MiB%n", Rss.mib(rss10k));
        HammerPlan large = HammerPlan.builder().calls(calls).concurrency(100).keepAlive(true).build();
        List<String> samples = new ArrayList<>();
        HammerResult result = LoadEngine.run(large, "memory " + calls, url,
                line -> samples.add(String.format(Locale.ROOT, "%.1f", Rss.mib(Rss.current()))));
        long rssEnd = Rss.current();
        System.out.printf(Locale.ROOT, "RSS during the %d-call round, every 2 s (MiB): %s%n", calls, samples);
        System.out.printf(Locale.ROOT, "RSS after %d calls: %.1f MiB (%+.1f %% vs after 10k; %d succeeded, %.0f calls/s)%n",
                calls, Rss.mib(rssEnd), 100.0 * (rssEnd - rss10k) / rss10k, result.succeeded(), result.throughput());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "; options: --url --connections"
                        + " --seconds --long-calls --turns");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("url")) {
            throw new IllegalArgumentException("--url is required, e.g. --url http://127.0.0.1:8080/");
        }
        return options;
    }
}
