package dev.hammerbench.bench;

import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.result.HammerResult;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmarks the load engine on one keep-alive target against the best each reference reaches:
 * wrk (-t1 and -t2, the faster counts), ab -k, hey, and the plain HttpClient 5 loop that is the
 * library's ceiling ({@link CeilingLoop}); the engine runs standalone and through the extension.
 * Tools take turns (A B A B) and each keeps its faster turn. The round through the extension
 * runs first, in the fresh JVM, for the cold figure. Then the seed's round and harness memory
 * over a long round ({@link SeedAndMemory}). Not a test: run it with bench/load-bench.sh.
 *
 * <pre>
 * --url U            target (required), loopback
 * --connections N    keep-alive connections for every tool (default 50; the extension's round has 50)
 * --seconds S        duration of each tool's run (default 10)
 * --long-calls N     calls of the memory round at concurrency 100, 0 to skip (default 1000000)
 * --turns N          how often each tool runs, taking turns; the faster run counts (default 2)
 * --tools LIST       which to run, of engine,extension,ceiling,wrk,ab,hey (default all)
 * </pre>
 */
public final class LoadBench {

    static final String EXTENSION = "extension";
    static final String ENGINE = "engine";
    static final String CEILING = "HC5 ceiling";

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI url = URI.create(options.get("url"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "50"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        long longCalls = Long.parseLong(options.getOrDefault("long-calls", "1000000"));
        int turns = Integer.parseInt(options.getOrDefault("turns", "2"));
        java.util.Set<String> tools = java.util.Set.of(options.getOrDefault("tools", "engine,extension,ceiling,wrk,ab,hey")
                .split(","));
        boolean extension = connections == ExtensionRun.CONNECTIONS && tools.contains("extension");
        System.out.printf(Locale.ROOT, "target %s, %d keep-alive connections, %d s per tool, %d turns, %d cores%n", url,
                connections, seconds, turns, Runtime.getRuntime().availableProcessors());

        Optional<ExternalTool.Run> cold = Optional.empty();
        String coldOutput = "";
        if (extension) {
            cold = Optional.of(ExtensionRun.run(EXTENSION + " cold", seconds));
            coldOutput = ExtensionRun.lastOutput;
        } else {
            System.out.println("the round through the extension has " + ExtensionRun.CONNECTIONS
                    + " connections: skipped for --connections " + connections);
        }
        Map<String, ExternalTool.Run> best = new LinkedHashMap<>();
        for (int turn = 0; turn < turns; turn++) {
            if (tools.contains("engine")) {
                keepFaster(best, Optional.of(engine(url, connections, seconds)));
            }
            if (extension) {
                keepFaster(best, Optional.of(ExtensionRun.run(EXTENSION, seconds)));
            }
            if (tools.contains("ceiling")) {
                keepFaster(best, Optional.of(CeilingLoop.run(url, connections, seconds)));
            }
            if (tools.contains("wrk") && ExternalTool.installed("wrk")) {
                keepFaster(best, ExternalTool.wrk(url.toString(), connections, seconds, 1));
                keepFaster(best, ExternalTool.wrk(url.toString(), connections, seconds, 2));
            }
            if (tools.contains("ab") && ExternalTool.installed("ab")) {
                keepFaster(best, ExternalTool.ab(url.toString(), connections, seconds));
            }
            if (tools.contains("hey") && ExternalTool.installed("hey")) {
                keepFaster(best, ExternalTool.hey(url.toString(), connections, seconds));
            }
        }
        Verdict.print(best, cold, turns);
        System.out.println();
        System.out.println("calls until steady, the cold round through the extension: " + Steady.describe(coldOutput,
                best.containsKey(EXTENSION) ? best.get(EXTENSION).perSecond() : 0));
        System.out.println("the last round through the extension, as its table shows it:");
        ExtensionRun.lastOutput.lines().filter(l -> !l.startsWith("[hammerbench]")).forEach(System.out::println);

        SeedAndMemory.seedRounds(url);
        if (longCalls > 0) {
            SeedAndMemory.memoryRound(url, longCalls);
        }
    }

    /** Keeps the faster run of each tool, and prints every run: how far turns spread says how steady the machine was. */
    private static void keepFaster(Map<String, ExternalTool.Run> best, Optional<ExternalTool.Run> run) {
        run.ifPresent(r -> {
            System.out.printf(Locale.ROOT, "turn: %-16s %8.0f req/s %6.2f CPU us/request%n", r.tool(), r.perSecond(),
                    r.cpuMicrosPerRequest());
            best.merge(r.tool(), r, (a, b) -> a.perSecond() >= b.perSecond() ? a : b);
        });
    }

    /** The engine standalone on the same terms as wrk; the JVM's process CPU time over the counted run. */
    static ExternalTool.Run engine(URI url, int connections, int seconds) {
        HammerPlan plan = HammerPlan.builder().duration(Duration.ofSeconds(seconds)).concurrency(connections)
                .keepAlive(true).build();
        long cpuBefore = processCpuNanos();
        HammerResult result = LoadEngine.run(plan, ENGINE, url, line -> { });
        long cpu = processCpuNanos() - cpuBefore;
        if (result.succeeded() != result.sent()) {
            System.out.println("engine: not every call succeeded: " + result.outcomes());
        }
        return new ExternalTool.Run(ENGINE, result.succeeded(), result.wall().toNanos() / 1e9, cpu / 1e9);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "; options: --url --connections"
                        + " --seconds --long-calls --turns --tools");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("url")) {
            throw new IllegalArgumentException("--url is required, e.g. --url http://127.0.0.1:8080/");
        }
        return options;
    }
}
