package dev.hammerbench.load;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;

/**
 * The closed model: {@code callers} calls in flight, each sending the next when it ends, until
 * the calls are used up or the sending time is over. Latency runs from each call's actual send,
 * so a server stall delays calls instead of showing in them (see {@link OpenRound}).
 *
 * <p>With keep-alive each caller is a {@link Caller} with a connection of its own, leased when it
 * starts and kept for its calls, so the pool is not on the per-call path; without, every call
 * goes through the client's pool for a new connection. Every call is timed, classified and
 * counted by the {@link Tally} either way.
 *
 * <p>With a start spread, caller i of n starts (and sends its first call) at i/n of the spread
 * (Gatling's rampUsers), from a thread of its own, so the round's runner keeps telling progress
 * meanwhile. Each call's time counts from its own send, the first from its caller's start (its
 * lease included, as through the pool). In a round bounded by calls, every caller the ramp has
 * not started yet keeps a first call: callers already running never take it.
 */
final class ClosedRound extends Round {

    private final int callers;
    /** Calls still to claim, in a round bounded by calls. */
    private final AtomicLong remaining;
    /** When sending stops, in a round bounded by time; Long.MAX_VALUE otherwise. */
    private final long sendUntilNanos;
    private final boolean byCalls;
    private final long spreadNanos;
    private final String name;
    /** True when each caller keeps a connection of its own (keep-alive). */
    private final boolean ownConnections;
    /** Callers the ramp has not started yet: their first calls are kept for them. */
    private final AtomicLong unstarted;
    private volatile boolean rampDone;
    private Thread ramp;

    /**
     * @param spreadNanos over how long the callers start; 0 for all at once
     * @param ownConnections each caller on a connection of its own (keep-alive), else every call through the pool
     */
    ClosedRound(MinimalHttpAsyncClient client, RequestTemplate template, Tally tally, int callers, long calls,
            long sendUntilNanos, long spreadNanos, boolean ownConnections, String name) {
        super(client, template, tally);
        this.ownConnections = ownConnections;
        this.callers = callers;
        this.byCalls = calls > 0;
        this.remaining = new AtomicLong(calls);
        this.sendUntilNanos = sendUntilNanos;
        this.spreadNanos = callers > 1 ? spreadNanos : 0;
        this.name = name;
        this.unstarted = new AtomicLong(this.spreadNanos > 0 ? callers : 0);
    }

    @Override
    void start() {
        if (spreadNanos == 0) {
            rampDone = true;
            startCallers(System.nanoTime());
            return;
        }
        ramp = new Thread(() -> startCallers(System.nanoTime()), name + "-ramp");
        ramp.setDaemon(true);
        ramp.start();
    }

    private void startCallers(long t0) {
        long gap = spreadNanos / Math.max(1, callers) / 2;
        long previous = t0 - gap;
        try {
            for (int i = 0; i < callers; i++) {
                // a ramp that fell behind (its thread or the JVM paused) catches up at twice its pace, not in a
                // burst: a burst of even a few dozen connects overflows a listen backlog of 5
                long due = Math.max(t0 + Math.round((double) spreadNanos * i / callers), previous + gap);
                if (spreadNanos > 0 && !waitUntil(due)) {
                    return;
                }
                previous = System.nanoTime();
                boolean claimed = !stopped() && claim();
                if (spreadNanos > 0) {
                    // after the claim, so an ended call never takes this caller's call; without a ramp nothing
                    // is kept back (it starts at 0, and a count below 0 let claimNext claim past the last call)
                    unstarted.decrementAndGet();
                }
                if (!claimed || !launch(System.nanoTime(), ownConnections ? new Caller(client, template) : null)) {
                    return;
                }
            }
        } finally {
            unstarted.set(0);
            rampDone = true;
            launchingDone();
        }
    }

    /** False when interrupted (the round was stopped). */
    private static boolean waitUntil(long dueNanos) {
        for (long left = dueNanos - System.nanoTime(); left > 0; left = dueNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ended call's caller sends its next call, or is through: then its connection goes back to the
     * pool. While callers are still starting, an ended call with nothing left to claim does not end the
     * launching: the ramp does that when it is through.
     */
    @Override
    void afterCall(Call ended) {
        Caller caller = ended.caller();
        if (stopped() || !claimNext() || !launch(System.nanoTime(), caller)) {
            if (caller != null) {
                caller.release();
            }
            if (rampDone) {
                launchingDone();
            }
        }
    }

    /** True when each caller keeps a connection of its own. */
    boolean ownConnections() {
        return ownConnections;
    }

    long spreadNanos() {
        return spreadNanos;
    }

    /** Ends the ramp's thread, if any, once the round is stopped. */
    void endRamp() throws InterruptedException {
        Thread thread = ramp;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /** A call for a caller whose call ended: in a round bounded by calls, never one kept for an unstarted caller. */
    private boolean claimNext() {
        if (!byCalls) {
            return claim();
        }
        while (true) {
            long left = remaining.get();
            if (left <= 0 || left - unstarted.get() <= 0) {
                return false;
            }
            if (remaining.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }

    private boolean claim() {
        return byCalls ? remaining.getAndDecrement() > 0 : System.nanoTime() - sendUntilNanos < 0;
    }
}
