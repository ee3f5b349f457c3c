package dev.hammerbench.bench;

import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.result.HammerResult;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * One keep-alive round of the engine on the terms wrk and hey get in the same script: {@code URL
 * CONNECTIONS SECONDS [WARMUP_SECONDS]}. Prints {@code engine REQ_PER_S P50_MS OK/SENT} on one line
 * for a bench script to parse; the warm-up (default 2 s, not counted) keeps a cold JIT out of the
 * figure, as wrk has none to pay. Not a test: run by bench/jdk-nodelay-bench.sh.
 */
public final class EngineRound {

    private EngineRound() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: EngineRound URL CONNECTIONS SECONDS [WARMUP_SECONDS]");
        }
        URI url = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        var builder = HammerPlan.builder().duration(Duration.ofSeconds(seconds)).concurrency(connections)
                .keepAlive(true);
        HammerPlan plan = warmup > 0 ? builder.warmup(Duration.ofSeconds(warmup)).build() : builder.build();
        HammerResult result = LoadEngine.run(plan, "engine", url, line -> { });
        System.out.printf(Locale.ROOT, "engine %.1f %.3f %d/%d%n", result.throughput(),
                result.latency().p50().toNanos() / 1e6, result.succeeded(), result.sent());
    }
}
