package dev.hammerbench.load;

import dev.hammerbench.result.LatencySummary;
import dev.hammerbench.result.Outcomes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * Counts one round's calls without locks and without keeping per-call samples: LongAdders per
 * status, a histogram of latencies in microseconds, a small map for the rare errors.
 *
 * <p>{@link #freeze()} closes the books at the round's end: recorders already inside a write
 * finish it (a {@link WriterReaderPhaser} flip waits for them), every later write is dropped, so
 * counts, histogram and sent/completed agree exactly even while cancelled calls keep calling back.
 */
final class Tally {

    /** One hour, the longest latency kept apart; longer ones are recorded as one hour. */
    static final long MAX_MICROS = TimeUnit.HOURS.toMicros(1);
    private static final int STATUS_SLOTS = 1000;

    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    private volatile boolean frozen;
    private final LongAdder sent = new LongAdder();
    private final LongAdder completed = new LongAdder();
    private final LongAdder errorCount = new LongAdder();
    private final LongAdder[] statuses = new LongAdder[STATUS_SLOTS];
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> samples = new ConcurrentHashMap<>();
    private final AtomicHistogram latency = new AtomicHistogram(1, MAX_MICROS, 3);

    Tally() {
        for (int i = 0; i < STATUS_SLOTS; i++) {
            statuses[i] = new LongAdder();
        }
    }

    /** Counts a call about to be sent; false once frozen (then it must not be sent). */
    boolean sent() {
        long phase = phaser.writerCriticalSectionEnter();
        try {
            if (frozen) {
                return false;
            }
            sent.increment();
            return true;
        } finally {
            phaser.writerCriticalSectionExit(phase);
        }
    }

    void response(int status, long latencyNanos) {
        long phase = phaser.writerCriticalSectionEnter();
        try {
            if (frozen) {
                return;
            }
            statuses[status >= 0 && status < STATUS_SLOTS ? status : 0].increment();
            latency.recordValue(Math.max(1, Math.min(MAX_MICROS, latencyNanos / 1000)));
            completed.increment();
        } finally {
            phaser.writerCriticalSectionExit(phase);
        }
    }

    void error(Throwable cause) {
        long phase = phaser.writerCriticalSectionEnter();
        try {
            if (frozen) {
                return;
            }
            String key = ErrorClasses.classify(cause);
            errors.computeIfAbsent(key, k -> new LongAdder()).increment();
            samples.computeIfAbsent(key, k -> ErrorClasses.describe(cause));
            errorCount.increment();
            completed.increment();
        } finally {
            phaser.writerCriticalSectionExit(phase);
        }
    }

    long completedSoFar() {
        return completed.sum();
    }

    long errorsSoFar() {
        return errorCount.sum();
    }

    /** Stops counting; returns once every write already begun has finished. */
    void freeze() {
        frozen = true;
        phaser.readerLock();
        try {
            phaser.flipPhase();
        } finally {
            phaser.readerUnlock();
        }
    }

    long sentCount() {
        return sent.sum();
    }

    long completedCount() {
        return completed.sum();
    }

    long succeeded(HammerPlan plan) {
        long succeeded = 0;
        for (int status = 0; status < STATUS_SLOTS; status++) {
            if (plan.expected(status)) {
                succeeded += statuses[status].sum();
            }
        }
        return succeeded;
    }

    Outcomes outcomes() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int status = 0; status < STATUS_SLOTS; status++) {
            long n = statuses[status].sum();
            if (n > 0) {
                counts.put(Integer.toString(status), n);
            }
        }
        errors.forEach((key, n) -> counts.put(key, n.sum()));
        return new Outcomes(counts, Map.copyOf(samples));
    }

    LatencySummary latency() {
        Histogram h = latency.copy();
        if (h.getTotalCount() == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(h.getTotalCount(), micros(h.getMinValue()), Duration.ofNanos(Math.round(h.getMean() * 1000)),
                at(h, 50), at(h, 75), at(h, 90), at(h, 95), at(h, 99), at(h, 99.9), micros(h.getMaxValue()));
    }

    private static Duration at(Histogram h, double percentile) {
        return micros(h.getValueAtPercentile(percentile));
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1000);
    }
}
