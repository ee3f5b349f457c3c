package dev.hammerbench.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;

/**
 * The open model (wrk2's): call i is due at start + i / rate whatever the server does, and its
 * latency runs from that due time. When the server stalls, calls keep coming due, and their wait
 * shows in the high percentiles instead of being omitted. A scheduler thread sends the due calls;
 * when it falls behind it sends every overdue call at once, keeping their due times.
 */
final class OpenRound extends Round {

    private static final long SCHEDULER_JOIN_MILLIS = 1000;

    private final double rate;
    private final long calls;
    private final long sendUntilNanos;
    private final long hardDeadlineNanos;
    /** Caps calls in flight; null for no cap beyond the pool's. */
    private final Semaphore slots;
    private final String threadName;
    private Thread scheduler;

    OpenRound(MinimalHttpAsyncClient client, RequestTemplate template, Tally tally, double rate, long calls,
            long sendUntilNanos, int cap, long hardDeadlineNanos, String threadName) {
        super(client, template, tally);
        this.rate = rate;
        this.calls = calls;
        this.sendUntilNanos = sendUntilNanos;
        this.hardDeadlineNanos = hardDeadlineNanos;
        this.slots = cap > 0 ? new Semaphore(cap) : null;
        this.threadName = threadName;
    }

    @Override
    void start() {
        scheduler = new Thread(this::schedule, threadName);
        scheduler.setDaemon(true);
        scheduler.start();
    }

    @Override
    void afterCall(Call ended) {
        if (slots != null) {
            slots.release();
        }
    }

    private void schedule() {
        long start = System.nanoTime();
        try {
            for (long i = 0; calls <= 0 || i < calls; i++) {
                long due = start + (long) (i * 1e9 / rate);
                if (calls <= 0 && due - sendUntilNanos >= 0 || stopped()) {
                    break;
                }
                waitUntil(due);
                if (slots != null && !slots.tryAcquire(hardDeadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    break;
                }
                if (!launch(due)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            launchingDone();
        }
    }

    private void waitUntil(long due) {
        for (long wait = due - System.nanoTime(); wait > 0 && !stopped(); wait = due - System.nanoTime()) {
            LockSupport.parkNanos(this, wait);
        }
    }

    /** Ends the scheduler (at once when the round is cut short) and waits a moment for it to go. */
    void endScheduler() throws InterruptedException {
        if (scheduler != null) {
            scheduler.interrupt();
            scheduler.join(SCHEDULER_JOIN_MILLIS);
        }
    }
}
