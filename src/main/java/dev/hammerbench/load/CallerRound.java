package dev.hammerbench.load;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;

/**
 * The closed model with keep-alive: {@code callers} {@link Caller}s, each with its own
 * connection, each sending its next call when its last one ends, until the calls are used up
 * or the sending time is over. The same model as {@link ClosedRound} (which a round without
 * keep-alive uses: a new connection per call), minus the pool on every call; every call is still
 * timed, classified and counted by the {@link Tally}. A call that needs a new connection
 * includes the connect in its latency, as it would through the pool.
 */
final class CallerRound extends Round {

    private final int callers;
    /** Calls still to claim, in a round bounded by calls. */
    private final AtomicLong remaining;
    /** When sending stops, in a round bounded by time. */
    private final long sendUntilNanos;
    private final boolean byCalls;

    CallerRound(MinimalHttpAsyncClient client, RequestTemplate template, Tally tally, int callers, long calls,
            long sendUntilNanos) {
        super(client, template, tally);
        this.callers = callers;
        this.byCalls = calls > 0;
        this.remaining = new AtomicLong(calls);
        this.sendUntilNanos = sendUntilNanos;
    }

    @Override
    void start() {
        for (int i = 0; i < callers; i++) {
            if (!claim() || !launch(System.nanoTime(), new Caller(client, template))) {
                launchingDone();
                return;
            }
        }
    }

    @Override
    void afterCall() {
        throw new IllegalStateException("a caller round is told which call ended");
    }

    @Override
    void afterCall(Call ended) {
        Caller caller = ended.caller();
        if (stopped() || !claim() || !launch(System.nanoTime(), caller)) {
            caller.release();
            launchingDone();
        }
    }

    private boolean claim() {
        return byCalls ? remaining.getAndDecrement() > 0 : System.nanoTime() - sendUntilNanos < 0;
    }
}
