package dev.hammerbench.load;

import dev.hammerbench.result.HammerResult;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Calls until steady (issue 16, item 4): in a fresh JVM, the engine hammers one server in slices
 * of {@code args[2]} keep-alive calls (50 callers, a new client each slice, as rounds do) and
 * prints each slice's req/s with the JIT and GC time it overlapped, after the engine warm-up
 * {@code args[1]} ("0": none, else its keep-alive length, e.g. "2s"). Not a test; run by
 * bench/steady-state-bench.sh against nginx answering {@code return 200}.
 */
public final class SteadyStateBenchmark {

    private SteadyStateBenchmark() {
    }

    public static void main(String[] args) {
        URI target = URI.create(args[0]);
        Duration warmup = args[1].equals("0") ? Duration.ZERO : Duration.parse("PT" + args[1].toUpperCase(Locale.ROOT));
        long perSlice = Long.parseLong(args[2]);
        int slices = Integer.parseInt(args[3]);
        int callers = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        HammerPlan plan = HammerPlan.builder().calls(perSlice).concurrency(callers).keepAlive(true)
                .timeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        EngineWarmup.once(plan, warmup, line -> { }); // "0" marks this JVM warm without warming it
        String cost = EngineWarmup.warmed().map(w -> w.calls() + " calls, " + w.took().toMillis() + " ms").orElse("none");
        System.out.printf(Locale.ROOT, "steady| warm-up %s: %s (JVM start to here %d ms)%n", args[1], cost,
                ManagementFactory.getRuntimeMXBean().getUptime());
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long calls = 0;
        StringBuilder line = new StringBuilder();
        for (int slice = 1; slice <= slices; slice++) {
            long jitBefore = jit.getTotalCompilationTime();
            long gcBefore = gcMillis();
            HammerResult result = LoadEngine.run(plan, "nginx", target, l -> { });
            calls += result.completed();
            line.append(String.format(Locale.ROOT, " %.1fk(jit %d gc %d)", result.throughput() / 1000,
                    jit.getTotalCompilationTime() - jitBefore, gcMillis() - gcBefore));
            if (slice % 5 == 0 || slice == slices) {
                System.out.printf(Locale.ROOT, "steady| warm-up %s, to %d calls:%s%n", args[1], calls, line);
                line.setLength(0);
            }
        }
        System.out.printf(Locale.ROOT, "steady| warm-up %s: %d ms in all%n", args[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += gc.getCollectionTime();
        }
        return total;
    }
}
