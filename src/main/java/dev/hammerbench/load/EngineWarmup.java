package dev.hammerbench.load;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.EngineWarmupResult;
import dev.hammerbench.result.HammerResult;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Warms the engine's own hot path once per JVM, before its first counted round, against a
 * {@link LoopbackResponder} in this JVM that it starts and stops itself: nothing is sent to any
 * server under test, nothing is counted. Best effort: a warm-up that fails leaves a slower
 * engine, not a wrong one, and never fails a round.
 *
 * <p>Why: a cold JVM interprets and compiles the client's code while its first round runs.
 * <ul>
 * <li>Connection per call: on two cores the compiler threads and slow first calls delay the
 *     request after a connect by tens of milliseconds; a server that handles one connection at a
 *     time (bottle's wsgiref) waits on it meanwhile, its listen queue of 5 fills and the kernel
 *     drops the next SYNs, retried only after 1 s: ~110 of 2000 calls timed out in a cold JVM's
 *     first round and none in its second. {@value #CLOSE_CALLS} calls over new connections cure it.
 * <li>Keep-alive: against nginx the first round of a cold JVM reached about half of a later
 *     one's req/s (HttpCore's parsing and the pool still interpreted or in C1 code, C2 queued).
 *     Keep-alive calls for {@link #DEFAULT_LENGTH} at the first round's concurrency take the
 *     first round within a few percent of the later ones (bench/warm-harness-bench.sh).
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class EngineWarmup {

    /** The longest a warm-up takes by default, both parts; it ends sooner once the JIT has gone quiet. */
    public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(10);
    /** Calls over a new connection each, before the keep-alive part. */
    static final int CLOSE_CALLS = 3000;
    /** Calls per keep-alive slice: at ~80k req/s a quarter of a second, short enough to stop soon after the JIT goes quiet. */
    static final long SLICE_CALLS = 20_000;
    /** A cold engine needed ~120k keep-alive calls before its req/s stopped climbing (bench/steady-state-bench.sh). */
    static final long MIN_CALLS = 60_000;
    /** A slice during which the JIT compiled for less than this share of its wall time counts as quiet. */
    static final double QUIET_SHARE = 0.10;
    /** The keep-alive part's callers when the first round names no concurrency, and at most. */
    static final int DEFAULT_CALLERS = 50;
    static final int MAX_CALLERS = 200;

    private static final AtomicBoolean DONE = new AtomicBoolean();
    private static volatile EngineWarmupResult warmed;

    private EngineWarmup() {
    }

    /**
     * Keep-alive slices of {@value #SLICE_CALLS} calls, each on a client of its own as rounds have,
     * until the JIT compiler has gone quiet (two slices in a row in which it compiled for less than
     * {@value #QUIET_SHARE} of the slice's wall time, after at least {@value #MIN_CALLS} calls), or
     * the time is up. Where the JVM does not report compilation time, until the time is up.
     *
     * @return the calls answered
     */
    private static long untilSteady(LoopbackResponder responder, int callers, long endNanos,
            BiFunction<HammerPlan, URI, HammerResult> slices) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean watched = jit != null && jit.isCompilationTimeMonitoringSupported();
        long calls = 0;
        int quiet = 0;
        while (System.nanoTime() < endNanos && quiet < 2 && !Thread.currentThread().isInterrupted()) {
            long jitBefore = watched ? jit.getTotalCompilationTime() : 0;
            long sliceStart = System.nanoTime();
            HammerPlan slice = HammerPlan.builder().calls(SLICE_CALLS).concurrency(callers).keepAlive(true)
                    .timeout(Duration.ofSeconds(2)).deadline(Duration.ofNanos(Math.max(1_000_000, endNanos - sliceStart)))
                    .build();
            HammerResult result = slices.apply(slice, responder.uri());
            calls += result.completed();
            if (result.completed() == 0) {
                break; // the responder does not answer: no point in going on
            }
            double compiling = watched ? (jit.getTotalCompilationTime() - jitBefore) * 1e6 / (System.nanoTime() - sliceStart) : 1;
            quiet = calls >= MIN_CALLS && compiling < QUIET_SHARE ? quiet + 1 : 0;
        }
        return calls;
    }

    /** @return what this JVM's warm-up did, or empty when it has not run (yet), was off or failed */
    public static Optional<EngineWarmupResult> warmed() {
        return Optional.ofNullable(warmed);
    }

    /**
     * Warms this JVM's engine the first time it is called; every later call (and a zero {@code
     * length}, which turns the warm-up off for this JVM) does nothing.
     *
     * @param like the first round's plan: the keep-alive part uses its concurrency
     * @param length how long the keep-alive part runs; zero for no warm-up at all
     * @param progress receives one line saying what the warm-up did, or why it was skipped
     * @return what it did, or empty when this JVM was already warm, it is off, or it failed
     */
    public static Optional<EngineWarmupResult> once(HammerPlan like, Duration length, Consumer<String> progress) {
        return once(like, length, progress, (slice, target) -> LoadEngine.run(slice, "engine warm-up", target, line -> { }));
    }

    /**
     * As {@link #once(HammerPlan, Duration, Consumer)}, with every keep-alive slice run by {@code
     * slices} (given the slice's plan and the responder's URI): a round passes one that takes the
     * readings a round takes around its load, so that their code is compiled before the clock starts.
     */
    public static Optional<EngineWarmupResult> once(HammerPlan like, Duration length, Consumer<String> progress,
            BiFunction<HammerPlan, URI, HammerResult> slices) {
        if (!DONE.compareAndSet(false, true) || length.isZero() || length.isNegative()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try (LoopbackResponder responder = LoopbackResponder.start()) {
            HammerPlan close = HammerPlan.builder().calls(CLOSE_CALLS).concurrency(4).timeout(Duration.ofSeconds(2))
                    .deadline(Duration.ofSeconds(20)).build();
            long calls = LoadEngine.run(close, "engine warm-up", responder.uri(), line -> { }).completed();
            int callers = like.concurrency() <= 0 ? DEFAULT_CALLERS : Math.min(like.concurrency(), MAX_CALLERS);
            calls += untilSteady(responder, callers, start + length.toNanos(), slices);
            warmed = new EngineWarmupResult(calls, Duration.ofNanos(System.nanoTime() - start));
            progress.accept("engine warm-up: " + calls + " calls in " + warmed.took().toMillis()
                    + " ms against an in-process loopback responder, not counted");
            return Optional.of(warmed);
        } catch (IOException | RuntimeException e) {
            progress.accept("engine warm-up skipped: " + e);
            return Optional.empty();
        }
    }
}
