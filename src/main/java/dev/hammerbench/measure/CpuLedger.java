package dev.hammerbench.measure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU a group spent between a baseline and the latest reading, keeping every process ever seen.
 *
 * <p>A member that exits during the round keeps its last seen CPU time, so at most one sample
 * interval of its work is lost; one that starts and exits between two readings is missed. The
 * children times (cutime/cstime) are not used: they would count again, in the parent, the time
 * already seen of a child a member reaped.
 */
final class CpuLedger {

    /** Per process: {baseline, latest} nanoseconds. */
    private final Map<ProcessSample.Key, long[]> seen = new HashMap<>();

    /** The processes alive at the start: only their CPU from now on counts. */
    void baseline(List<ProcessSample> processes) {
        for (ProcessSample process : processes) {
            seen.put(process.key(), new long[] {process.cpuNanos(), process.cpuNanos()});
        }
    }

    /** A later reading; a process not seen before was born during the round and all its CPU counts. */
    void record(List<ProcessSample> processes) {
        for (ProcessSample process : processes) {
            long[] times = seen.computeIfAbsent(process.key(), key -> new long[] {0, 0});
            times[1] = Math.max(times[1], process.cpuNanos());
        }
    }

    Duration total() {
        long nanos = 0;
        for (long[] times : seen.values()) {
            nanos += times[1] - times[0];
        }
        return Duration.ofNanos(nanos);
    }
}
