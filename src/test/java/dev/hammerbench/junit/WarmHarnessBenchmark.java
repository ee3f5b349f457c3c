package dev.hammerbench.junit;

import dev.hammerbench.load.EngineWarmup;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The first server's req/s in a fresh JVM against the same server later: one class, four rounds
 * of one nginx answering {@code return 200} (bench/nginx.sh, so nginx is not the bottleneck),
 * with the engine warm-up as {@code args[0]} says: a {@value Hammer#HARNESS_WARMUP_KEY} value,
 * or "default" for the knob unset. Not a test; run by bench/warm-harness-bench.sh, one fresh JVM
 * per setting.
 */
public final class WarmHarnessBenchmark {

    static final AtomicReference<Comparison> GOT = new AtomicReference<>();

    private WarmHarnessBenchmark() {
    }

    public static void main(String[] args) {
        String setting = args.length > 0 ? args[0] : "default";
        Map<String, String> knobs = new HashMap<>();
        if (!setting.equals("default")) {
            knobs.put(Hammer.HARNESS_WARMUP_KEY, setting);
        }
        var results = HammerbenchTestKit.run(NginxTestCases.class, knobs);
        if (GOT.get() == null) {
            results.allEvents().failed().stream().forEach(e -> System.out.println("warm| failed: " + e));
            System.exit(1);
        }
        ServerResult nginx = GOT.get().server("nginx");
        List<Double> perRound = nginx.perRound().stream().map(r -> r.hammer().throughput()).toList();
        double first = perRound.get(0);
        double[] later = perRound.subList(1, perRound.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = later.length % 2 == 1 ? later[later.length / 2]
                : (later[later.length / 2 - 1] + later[later.length / 2]) / 2;
        long gcs = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        String warmup = EngineWarmup.warmed().map(w -> w.calls() + " calls in " + w.took().toMillis() + " ms")
                .orElse("none");
        System.out.println(String.format(Locale.ROOT,
                "warm| warm-up %-7s rounds %s req/s (others' CPU %s); first / median later = %.3f, first / best later = %.3f;"
                        + " warm-up: %s; JIT %d ms, GC %d (%d ms) in this JVM",
                setting, perRound.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).collect(Collectors.joining(", ")),
                nginx.perRound().stream().map(r -> r.othersCpuShare().isPresent()
                        ? String.format(Locale.ROOT, "%.0f%%", 100 * r.othersCpuShare().getAsDouble()) : "?")
                        .collect(Collectors.joining(", ")),
                first / median, first / later[later.length - 1], warmup,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gcs, gcMillis));
        // where each round lay in JVM uptime (approximate: the meter's start and stop between rounds are not counted),
        // to line up with -Xlog:...:uptime compile and GC logs taken with BENCH_JAVA_OPTS
        long at = GOT.get().startedAt().toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder windows = new StringBuilder();
        for (ServerResult round : nginx.perRound()) {
            long wall = round.hammer().wall().toMillis();
            windows.append(windows.length() == 0 ? "" : ", ").append(at).append('-').append(at + wall);
            at += wall;
        }
        System.out.println("warm| rounds at JVM uptime ms: " + windows);
    }

    @LaunchServer(name = "nginx", command = {"bash", "bench/nginx.sh", "{port}"}, url = "http://{host}:{port}/")
    static class NginxTestCases {

        @Test
        @Hammer(calls = 200_000, concurrency = 50, keepAlive = true, timeout = "5s", rounds = 4, settle = "0")
        void hammered(Comparison comparison) {
            GOT.set(comparison);
        }
    }
}
