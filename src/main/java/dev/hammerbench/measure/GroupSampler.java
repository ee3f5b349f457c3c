package dev.hammerbench.measure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The sampling loop of a round, run on its own daemon thread. Between full scans of the group
 * (one a second: a /proc scan reads every process's stat) it rereads only the members it knows,
 * which costs one small file read per member. It reads stat only, never smaps_rollup: that walks
 * the target's page tables under its mmap lock, which would stall the server's own page faults
 * (and costs 0.3-5 ms per JVM against ~30 us for stat).
 */
final class GroupSampler implements Runnable {

    static final Duration RESCAN_EVERY = Duration.ofSeconds(1);

    private final GroupProbe probe;
    private final long pgid;
    private final long startNanos;
    private final Duration interval;
    private final CpuLedger ledger;
    private final BoundedSeries series;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private List<ProcessSample> known;
    private long lastScanNanos;
    private volatile RuntimeException failure;

    GroupSampler(GroupProbe probe, long pgid, Duration interval, List<ProcessSample> members, long startNanos,
            CpuLedger ledger, BoundedSeries series) {
        this.probe = probe;
        this.pgid = pgid;
        this.interval = interval;
        this.known = members;
        this.startNanos = startNanos;
        this.lastScanNanos = startNanos;
        this.ledger = ledger;
        this.series = series;
    }

    @Override
    public void run() {
        try {
            long next = System.nanoTime();
            while (true) {
                sample();
                next += interval.toNanos();
                long wait = next - System.nanoTime();
                if (wait < 0) {
                    next = System.nanoTime(); // fell behind (a loaded machine): skip, do not catch up in a burst
                    wait = 0;
                }
                if (stopSignal.await(wait, TimeUnit.NANOSECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    void signalStop() {
        stopSignal.countDown();
    }

    RuntimeException failure() {
        return failure;
    }

    /** One point of the series; call only from the sampling thread, or after it ended. */
    private void sample() {
        long now = System.nanoTime();
        if (now - lastScanNanos >= RESCAN_EVERY.toNanos()) {
            known = probe.members(pgid);
            lastScanNanos = now;
        } else {
            known = known.stream().map(probe::reread).flatMap(Optional::stream).toList();
        }
        ledger.record(known);
        if (!known.isEmpty()) {
            series.add(Duration.ofNanos(now - startNanos), residentSum(known));
        }
    }

    /** The last reading, a full scan; call after the thread ended. Returns the members alive now. */
    List<ProcessSample> finish() {
        long now = System.nanoTime();
        known = probe.members(pgid);
        ledger.record(known);
        if (!known.isEmpty()) {
            series.addFinal(Duration.ofNanos(now - startNanos), residentSum(known));
        }
        return known.stream().filter(p -> !p.zombie()).toList();
    }

    static long residentSum(List<ProcessSample> processes) {
        return processes.stream().filter(p -> !p.zombie()).mapToLong(ProcessSample::rss).sum();
    }
}
