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

    /** @param serverCpu the server group's CPU over the same load; null when unknown (then so is the share) */
    OptionalDouble share(Duration serverCpu) {
        Optional<Duration> busyAfter = MachineCpu.busy();
        long wall = System.nanoTime() - startNanos;
        if (serverCpu == null || busyBefore.isEmpty() || busyAfter.isEmpty() || wall <= 0) {
            return OptionalDouble.empty();
        }
        long others = busyAfter.get().minus(busyBefore.get()).minus(serverCpu)
                .minus(ProcessMeter.cpuTimeSelf().minus(harnessBefore)).toNanos();
        // clock ticks are 10 ms: a short load can come out a little below zero
        return OptionalDouble.of(Math.min(1, Math.max(0, others / ((double) wall * MachineCpu.cpus()))));
    }
}
