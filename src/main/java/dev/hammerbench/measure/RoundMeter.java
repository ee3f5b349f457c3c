package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Watches a server's process group during one round: CPU spent, peak resident size, and resident
 * size over time, sampled on a daemon thread.
 *
 * <pre>{@code
 * try (RoundMeter meter = RoundMeter.start(pgid, RoundMeter.DEFAULT_SAMPLE_INTERVAL)) {
 *     ... fire the load ...
 *     RoundMeasurement round = meter.stop();
 * }
 * }</pre>
 *
 * <p>Peak: on Linux each member's VmHWM is reset at the start and the peaks summed at the end
 * ({@link PeakSource#VM_HWM}); otherwise the maximum of the series ({@link PeakSource#SAMPLED}).
 * CPU: the sum over members of user + system time at the end minus at the start; a member born
 * during the round counts whole, one that exits keeps the time it was last sampled with (at most
 * one interval of its work is lost; one born and gone between two samples is missed). Children
 * times (cutime/cstime) are not added: they would count again what was already seen of a child
 * that a member reaped.
 * A group that vanishes during the round is not an error: the measurement holds what was seen and
 * {@link RoundMeasurement#processesAtEnd()} is 0.
 */
@API(status = INTERNAL, since = "0.1")
public final class RoundMeter implements AutoCloseable {

    public static final Duration DEFAULT_SAMPLE_INTERVAL = Duration.ofMillis(200);
    public static final Duration MIN_SAMPLE_INTERVAL = Duration.ofMillis(10);
    public static final int MAX_POINTS = 500;

    private static final Duration STOP_DEADLINE = Duration.ofSeconds(10);

    private final long pgid;
    private final Duration interval;
    private final boolean peakReset;
    private final CpuLedger ledger = new CpuLedger();
    private final BoundedSeries series = new BoundedSeries(MAX_POINTS);
    private final GroupSampler sampler;
    private final Thread thread;
    private RoundMeasurement result;

    private RoundMeter(GroupProbe probe, long pgid, Duration interval, boolean tryPeakReset) {
        this.pgid = pgid;
        this.interval = interval;
        long startNanos = System.nanoTime();
        List<ProcessSample> members = probe.members(pgid);
        if (members.isEmpty()) {
            throw new ProcessGroupGoneException(pgid);
        }
        this.peakReset = tryPeakReset && probe instanceof ProcProbe && resetPeaks(members);
        ledger.baseline(members);
        sampler = new GroupSampler(probe, pgid, interval, members, startNanos, ledger, series);
        thread = new Thread(sampler, "hammerbench-sampler-" + pgid);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching with {@link #DEFAULT_SAMPLE_INTERVAL}. */
    public static RoundMeter start(long pgid) {
        return start(pgid, DEFAULT_SAMPLE_INTERVAL);
    }

    /**
     * Starts watching group {@code pgid}, sampling every {@code sampleInterval}.
     *
     * @throws ProcessGroupGoneException when the group has no process
     * @throws IllegalArgumentException when pgid is not positive or the interval is shorter than
     *         {@link #MIN_SAMPLE_INTERVAL}
     */
    public static RoundMeter start(long pgid, Duration sampleInterval) {
        return start(GroupProbe.forThisOs(), pgid, sampleInterval, true);
    }

    static RoundMeter start(GroupProbe probe, long pgid, Duration sampleInterval, boolean tryPeakReset) {
        ProcessMeter.requireGroupId(pgid);
        Objects.requireNonNull(sampleInterval, "sampleInterval");
        if (sampleInterval.compareTo(MIN_SAMPLE_INTERVAL) < 0) {
            throw new IllegalArgumentException("sample interval must be at least " + MIN_SAMPLE_INTERVAL.toMillis()
                    + " ms (shorter ones measure the sampler more than the server), but was " + sampleInterval);
        }
        return new RoundMeter(probe, pgid, sampleInterval, tryPeakReset);
    }

    /** Resets every member's VmHWM; false if any could not be reset (then the VmHWM sum would mean lifetime peaks). */
    private static boolean resetPeaks(List<ProcessSample> members) {
        boolean all = true;
        for (ProcessSample member : members) {
            all &= member.zombie() || ProcFs.resetPeakRss(member.pid());
        }
        return all;
    }

    /** Stops sampling and returns the measurement; later calls return the same one. */
    public synchronized RoundMeasurement stop() {
        if (result != null) {
            return result;
        }
        sampler.signalStop();
        try {
            thread.join(STOP_DEADLINE.plus(interval).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            throw new IllegalStateException("the sampler of process group " + pgid + " did not stop within "
                    + STOP_DEADLINE.plus(interval));
        }
        if (sampler.failure() != null) {
            throw new IllegalStateException("sampling process group " + pgid + " failed", sampler.failure());
        }
        List<ProcessSample> alive = sampler.finish();
        OptionalLong sampledPeak = series.max();
        OptionalLong hwmPeak = peakReset ? sumOfPeaks(alive) : OptionalLong.empty();
        if (hwmPeak.isPresent() && hwmPeak.getAsLong() >= sampledPeak.orElse(0)) {
            result = new RoundMeasurement(hwmPeak, PeakSource.VM_HWM, ledger.total(), series.points(), alive.size());
        } else if (sampledPeak.isPresent()) {
            result = new RoundMeasurement(sampledPeak, PeakSource.SAMPLED, ledger.total(), series.points(),
                    alive.size());
        } else {
            result = new RoundMeasurement(OptionalLong.empty(), PeakSource.NONE, ledger.total(), series.points(),
                    alive.size());
        }
        return result;
    }

    /** Sum of VmHWM over the members alive at the end; empty when none is. */
    private static OptionalLong sumOfPeaks(List<ProcessSample> alive) {
        long sum = 0;
        int read = 0;
        for (ProcessSample member : alive) {
            OptionalLong peak = ProcFs.peakRss(member.pid());
            if (peak.isPresent()) {
                sum += peak.getAsLong();
                read++;
            }
        }
        return read == 0 ? OptionalLong.empty() : OptionalLong.of(sum);
    }

    /** Stops sampling if {@link #stop()} was not called (a failed round); the result is dropped. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            sampler.signalStop();
        }
    }
}
