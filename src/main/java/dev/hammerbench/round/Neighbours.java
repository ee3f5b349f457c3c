package dev.hammerbench.round;

import dev.hammerbench.measure.MachineCpu;
import dev.hammerbench.measure.ProcessMeter;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What other processes took of the machine while one server was hammered: the machine's busy CPU
 * over the load, less the server's group and the harness, over the wall time of all CPUs. A
 * neighbour that takes a third of a two-core machine lowers every figure of that round.
 */
final class Neighbours {

    private final Optional<Duration> busyBefore;
    private final Duration harnessBefore;
    private final long startNanos;

    private Neighbours() {
        busyBefore = MachineCpu.busy();
        harnessBefore = ProcessMeter.cpuTimeSelf();
        startNanos = System.nanoTime();
    }

    static Neighbours start() {
        return new Neighbours();
    }

    /**
     * Other processes' share and the whole machine's busy share since {@link #start()}.
     *
     * @param serverCpu the server group's CPU over the same load; null when unknown (then so are the shares)
     */
    Optional<Shares> shares(Duration serverCpu) {
        Optional<Duration> busyAfter = MachineCpu.busy();
        long wall = System.nanoTime() - startNanos;
        if (serverCpu == null || busyBefore.isEmpty() || busyAfter.isEmpty() || wall <= 0) {
            return Optional.empty();
        }
        return Optional.of(Shares.of(busyAfter.get().minus(busyBefore.get()), serverCpu,
                ProcessMeter.cpuTimeSelf().minus(harnessBefore), wall, MachineCpu.cpus()));
    }

    /** @see #shares(Duration) */
    OptionalDouble share(Duration serverCpu) {
        return shares(serverCpu).map(s -> OptionalDouble.of(s.others())).orElse(OptionalDouble.empty());
    }

    private static double clamp(double share) {
        return Math.min(1, Math.max(0, share));
    }

    /**
     * @param others what processes other than the server's group and the harness took, 0..1 of the machine
     * @param busy what every process together took, 0..1 of the machine
     */
    record Shares(double others, double busy) {

        /**
         * @param busy the machine's busy CPU time over the span, every process
         * @param serverCpu the server group's over the same span
         * @param harnessCpu this JVM's over the same span
         * @param wallNanos the span
         * @param cpus the CPUs {@code busy} is spread over
         */
        static Shares of(Duration busy, Duration serverCpu, Duration harnessCpu, long wallNanos, int cpus) {
            double capacity = (double) wallNanos * cpus;
            long others = busy.minus(serverCpu).minus(harnessCpu).toNanos();
            // clock ticks are 10 ms: a short load can come out a little below zero, or above one
            return new Shares(clamp(others / capacity), clamp(busy.toNanos() / capacity));
        }
    }
}
