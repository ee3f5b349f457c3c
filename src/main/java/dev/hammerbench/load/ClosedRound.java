package dev.hammerbench.load;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;

/**
 * The closed model: {@code callers} calls in flight, each sending the next when it ends, until
 * the calls are used up or the sending time is over. Latency runs from each call's actual send,
 * so a server stall delays calls instead of showing in them (see {@link OpenRound}).
 */
final class ClosedRound extends Round {

    private final int callers;
    /** Calls still to claim, in a round bounded by calls. */
    private final AtomicLong remaining;
    /** When sending stops, in a round bounded by time; Long.MAX_VALUE otherwise. */
    private final long sendUntilNanos;
    private final boolean byCalls;

    ClosedRound(MinimalHttpAsyncClient client, RequestTemplate template, Tally tally, int callers, long calls,
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
            if (!claim() || !launch(System.nanoTime())) {
                launchingDone();
                return;
            }
        }
    }

    @Override
    void afterCall() {
        if (stopped() || !claim() || !launch(System.nanoTime())) {
            launchingDone();
        }
    }

    private boolean claim() {
        return byCalls ? remaining.getAndDecrement() > 0 : System.nanoTime() - sendUntilNanos < 0;
    }
}
