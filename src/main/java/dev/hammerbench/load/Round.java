package dev.hammerbench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;

/**
 * The calls of one round (or its warm-up) in flight: launches them, counts them into a
 * {@link Tally}, and knows when the last one ended. Subclasses decide when the next call goes.
 *
 * <p>Calls are launched from the callbacks of ended calls, on HttpClient's I/O threads: no
 * thread per call, no hand-off per call. The client fails a call inline only when it is shut
 * down; the depth guard keeps even that from recursing into a deep stack.
 */
abstract class Round {

    private static final int MAX_INLINE_DEPTH = 16;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    final MinimalHttpAsyncClient client;
    final RequestTemplate template;
    final Tally tally;
    final IoThreads ioThreads = new IoThreads();
    private final AtomicLong inFlight = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean launchingDone;
    private volatile boolean stopped;
    private volatile long firstNanos;
    private volatile long lastEndedNanos;

    Round(MinimalHttpAsyncClient client, RequestTemplate template, Tally tally) {
        this.client = client;
        this.template = template;
        this.tally = tally;
    }

    /** Sends the first calls; the rest follow from callbacks (or a scheduler). */
    abstract void start();

    /** {@code ended} ended (counted already): send the next call, or note that none is left. */
    abstract void afterCall(Call ended);

    final void answered(Call call, int status, long latencyNanos) {
        tally.response(status, latencyNanos);
        ended(call);
    }

    final void failed(Call call, Exception cause) {
        tally.error(cause);
        ended(call);
    }

    private void ended(Call call) {
        ioThreads.note();
        afterCall(call);
        if (inFlight.decrementAndGet() == 0 && launchingDone) {
            finish();
        }
    }

    /** No more calls will be launched; the round is done once those in flight end. */
    final void launchingDone() {
        launchingDone = true;
        if (inFlight.get() == 0) {
            finish();
        }
    }

    private void finish() {
        lastEndedNanos = System.nanoTime();
        done.countDown();
    }

    /** Sends one call meant to go out at {@code startNanos}; false when the round is over. */
    final boolean launch(long startNanos) {
        return launch(startNanos, null);
    }

    /**
     * Sends one call on {@code caller}'s own connection, or through the client's pool when
     * {@code caller} is null; false when the round is over.
     */
    final boolean launch(long startNanos, Caller caller) {
        if (stopped) {
            return false;
        }
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_INLINE_DEPTH) {
            ForkJoinPool.commonPool().execute(() -> launch(startNanos, caller));
            return true;
        }
        if (!tally.sent()) {
            return false;
        }
        if (firstNanos == 0) {
            firstNanos = startNanos;
        }
        inFlight.incrementAndGet();
        depth[0]++;
        Call call = new Call(this, template, startNanos, caller);
        try {
            if (caller == null) {
                client.execute(call, null, null);
            } else {
                caller.send(call);
            }
        } catch (RuntimeException e) {
            call.failed(e); // the client fails its own errors through the handler; anything else ends here
        } finally {
            depth[0]--;
        }
        return true;
    }

    final boolean stopped() {
        return stopped;
    }

    /** Waits up to {@code nanos}; true when every call has ended. */
    final boolean awaitDone(long nanos) throws InterruptedException {
        return done.await(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    /** Launches nothing more and closes the books; calls still in flight stay sent but not completed. */
    final void stop() {
        stopped = true;
        tally.freeze();
    }

    final boolean isDone() {
        return done.getCount() == 0;
    }

    final long firstNanos() {
        return firstNanos;
    }

    final long lastEndedNanos() {
        return lastEndedNanos;
    }

    final long inFlight() {
        return inFlight.get();
    }
}
