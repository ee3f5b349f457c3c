package dev.hammerbench.load;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.HammerResult;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apiguardian.api.API;

/**
 * Runs a {@link HammerPlan} against one server and says how it took it. Usable without JUnit;
 * every run has its own client and threads, so several may run at once (one per server).
 *
 * <p>A round ends when its last call ends, and at the latest at its hard deadline (sending time
 * plus three timeouts plus a second, see {@link Budget}): then every call still in flight is
 * cancelled and counts as sent but not completed (so as failed), not as a response timeout,
 * since nobody can say it would have timed out.
 */
@API(status = INTERNAL, since = "0.1")
public final class LoadEngine {

    private static final TimeValue SHUTDOWN_WAIT = TimeValue.ofSeconds(5);

    private LoadEngine() {
    }

    /**
     * Hammers {@code target} (with the plan's path resolved against it) and returns the counted
     * calls' result. Warm-up calls go first, through the same client, and are not counted.
     *
     * @param serverName the name used in progress lines and error messages
     * @param progress receives a line at least every 2 s while a round runs longer than that
     * @throws IllegalArgumentException when the target is not http/https, or not loopback
     *     while the plan does not {@code allowRemote}
     * @throws IllegalStateException when the round's connections exceed the open-files limit
     */
    /**
     * Checks, without sending anything, that {@code plan} can run against {@code target}: a round
     * calls this first, so that a misuse fails before any waiting or any other server's load.
     *
     * @return the URI the calls will go to
     * @throws IllegalArgumentException when the target is not http/https, or not loopback
     *     while the plan does not {@code allowRemote}
     * @throws IllegalStateException when the round's connections exceed the open-files limit
     */
    public static URI check(HammerPlan plan, String serverName, URI target) {
        URI uri = Targets.resolve(serverName, target, plan.path(), plan.allowRemote());
        FileLimits.check(serverName, Budget.connections(plan), "concurrency = " + plan.concurrency()
                + (plan.concurrency() == 0 && !plan.openModel() ? " (every call at once)" : ""));
        return uri;
    }

    public static HammerResult run(HammerPlan plan, String serverName, URI target, Consumer<String> progress) {
        return run(plan, serverName, target, progress, () -> { });
    }

    /**
     * As {@link #run(HammerPlan, String, URI, Consumer)}, and calls {@code beforeCounted} once the
     * warm-up is over, right before the first counted call: what a round measures around its load
     * (the server's CPU, the kernel's counters, other processes' CPU) starts there, so the warm-up's
     * uncounted calls are not charged to the counted ones.
     */
    public static HammerResult run(HammerPlan plan, String serverName, URI target, Consumer<String> progress,
            Runnable beforeCounted) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(beforeCounted, "beforeCounted");
        String server = serverName == null || serverName.isBlank() ? String.valueOf(target) : serverName;
        URI uri = check(plan, server, target);
        EngineWarmup.once(plan, EngineWarmup.DEFAULT_LENGTH, progress); // a no-op once this JVM is warm
        long connections = Budget.connections(plan);
        RequestTemplate template = new RequestTemplate(plan, uri);
        MinimalHttpAsyncClient client = Clients.start(plan, (int) Math.min(Integer.MAX_VALUE, connections),
                Targets.loopback(uri));
        try {
            long warmupNanos = plan.warmupDuration().map(Duration::toNanos).orElse(0L); // bounds it instead of calls
            if ((plan.warmup() > 0 || warmupNanos > 0) && !Thread.currentThread().isInterrupted()) {
                long callers = warmupNanos > 0 ? connections : Math.min(connections, plan.warmup());
                long spread = plan.concurrency() == 0 ? plan.startSpreadNanos(callers) : 0;
                Round warmup = closed(plan, client, template, new Tally(), (int) callers, plan.warmup(),
                        warmupNanos > 0 ? System.nanoTime() + warmupNanos : 0,
                        Math.min(spread, Math.max(0, callers - 1) * HammerPlan.DEFAULT_START_INTERVAL.toNanos()),
                        "hammer-" + server + "-warmup");
                long hardNanos = warmupNanos > 0 ? warmupNanos + Budget.perCallNanos(plan) + Budget.MARGIN.toNanos()
                        : Budget.hardNanos(plan, plan.warmup(), callers);
                RoundRunner.run(warmup, hardNanos, server + " warm-up", plan.warmup(), warmupNanos, progress);
            }
            beforeCounted.run();
            return counted(plan, server, uri, client, template, connections, progress);
        } finally {
            client.close(CloseMode.IMMEDIATE);
            try {
                client.awaitShutdown(SHUTDOWN_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static HammerResult counted(HammerPlan plan, String server, URI uri, MinimalHttpAsyncClient client,
            RequestTemplate template, long connections, Consumer<String> progress) {
        Tally tally = new Tally();
        long sendNanos = plan.duration() == null ? 0 : plan.duration().toNanos();
        long hardNanos = Budget.hardNanos(plan, plan.calls(), connections);
        long startNanos = System.nanoTime();
        Round round = plan.openModel()
                ? new OpenRound(client, template, tally, plan.rate(), plan.calls(), startNanos + sendNanos,
                        plan.concurrency(), startNanos + hardNanos, "hammer-" + server)
                : closed(plan, client, template, tally, (int) connections, plan.calls(), startNanos + sendNanos,
                        plan.startSpreadNanos(connections), "hammer-" + server);
        boolean finished = Thread.currentThread().isInterrupted()
                ? stopUnstarted(round)
                : RoundRunner.run(round, hardNanos, server, plan.calls(), sendNanos, progress);
        long first = round.firstNanos() == 0 ? startNanos : round.firstNanos();
        long end = finished ? round.lastEndedNanos() : System.nanoTime();
        long wall = Math.max(0, end - first);
        return new HammerResult(uri.toString(), plan.summary(), tally.sentCount(), tally.completedCount(),
                tally.succeeded(plan), tally.outcomes(), Duration.ofNanos(wall), tally.latency(),
                round.ioThreads.busiestShare(wall));
    }

    /**
     * With keep-alive each caller keeps a connection of its own, whether its callers start at once or
     * spread over a ramp (rampUp, or the default pace of every call at once); without, every call is
     * a new connection through the pool.
     */
    static ClosedRound closed(HammerPlan plan, MinimalHttpAsyncClient client, RequestTemplate template, Tally tally,
            int callers, long calls, long sendUntilNanos, long spreadNanos, String name) {
        return new ClosedRound(client, template, tally, callers, calls, sendUntilNanos, spreadNanos, plan.keepAlive(),
                name);
    }

    private static boolean stopUnstarted(Round round) {
        round.stop();
        return false;
    }
}
