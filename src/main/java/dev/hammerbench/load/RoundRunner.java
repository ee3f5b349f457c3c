package dev.hammerbench.load;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a started {@link Round} to its end or its hard deadline, whichever comes first, telling
 * progress every two seconds, then closes its books.
 */
final class RoundRunner {

    static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private RoundRunner() {
    }

    /**
     * @param label who is hammered, e.g. "jetty" or "jetty warm-up"
     * @param total calls to count, or 0 in a round bounded by {@code sendNanos}
     * @return true when every call ended before the deadline
     */
    static boolean run(Round round, long hardNanos, String label, long total, long sendNanos,
            Consumer<String> progress) {
        long start = System.nanoTime();
        long deadline = start + hardNanos;
        long nextProgress = start + PROGRESS_EVERY_NANOS;
        round.start();
        try {
            while (true) {
                long now = System.nanoTime();
                if (deadline - now <= 0) {
                    break;
                }
                if (round.awaitDone(Math.min(deadline, nextProgress) - now)) {
                    break;
                }
                now = System.nanoTime();
                if (now - nextProgress >= 0) {
                    progress.accept(line(round, label, total, sendNanos, now - start));
                    nextProgress += PROGRESS_EVERY_NANOS;
                }
            }
        } catch (InterruptedException e) {
            // cut the round short and keep what it counted; the caller sees the flag
            Thread.currentThread().interrupt();
        } finally {
            round.stop();
            endScheduler(round);
        }
        return round.isDone();
    }

    private static void endScheduler(Round round) {
        try {
            if (round instanceof OpenRound) {
                ((OpenRound) round).endScheduler();
            } else if (round instanceof ClosedRound) {
                ((ClosedRound) round).endRamp();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String line(Round round, String label, long total, long sendNanos, long elapsedNanos) {
        long done = round.tally.completedSoFar();
        double seconds = elapsedNanos / 1e9;
        String count = total > 0
                ? done + "/" + total + " calls"
                : String.format(Locale.ROOT, "%d calls, %.1f s of %.1f s", done, seconds, sendNanos / 1e9);
        return String.format(Locale.ROOT, "%s: %s, %.0f calls/s, %d errors, %d in flight", label, count,
                done / Math.max(seconds, 1e-9), round.tally.errorsSoFar(), round.inFlight());
    }
}
