package dev.hammerbench.junit;

import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.result.HammerResult;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Warms the load engine's own hot path once per JVM, before its first counted round, against a
 * loopback {@link WarmupServer} it starts and stops itself, so that the first server of a run
 * would not pay for the harness's JIT warm-up (issue 11: 43k req/s cold, 79k warm against nginx).
 * The plan copies the first round's connection shape (keep-alive, concurrency), so the same code
 * paths get hot. {@value Hammer#HARNESS_WARMUP_KEY} sets how long. Off by default: measured with
 * bench/warm-harness-bench.sh, 2 s of it did not lift the first round against nginx (it lowered it),
 * so it stays opt-in until it is shown to help.
 */
final class HarnessWarmup {

    static final Duration DEFAULT = Duration.ZERO;

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private HarnessWarmup() {
    }

    /** @return the warm-up's result, or null when this JVM is already warm or it is turned off */
    static HammerResult once(HammerPlan like, Duration length, Consumer<String> progress) {
        if (length.isZero() || !DONE.compareAndSet(false, true)) {
            return null;
        }
        int concurrency = like.concurrency() <= 0 ? 50 : Math.min(like.concurrency(), 200);
        HammerPlan plan = HammerPlan.builder().duration(length).concurrency(concurrency).keepAlive(like.keepAlive())
                .timeout(Duration.ofSeconds(5)).deadline(length.plusSeconds(10)).build();
        try (WarmupServer server = WarmupServer.start()) {
            HammerResult result = LoadEngine.run(plan, "harness warm-up", server.uri(), line -> { });
            progress.accept("harness warm-up: " + result.sent() + " calls in " + result.wall().toMillis()
                    + " ms against an in-process loopback server");
            return result;
        } catch (IOException | RuntimeException e) {
            progress.accept("harness warm-up skipped: " + e);
            return null;
        }
    }
}
