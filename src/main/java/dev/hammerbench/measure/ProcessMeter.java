package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.MemorySnapshot;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Memory and CPU of a launched server's whole process group, and of this JVM.
 *
 * <p>A server is started under {@code setsid}, so its pid is its process group id, and a group
 * holds every process the server spawned. On Linux the members are the processes whose pgrp
 * (field 5 of /proc/PID/stat) is the group id; RSS and VMS come from /proc/PID/stat (the same
 * counters OSHI reports, without OSHI's ~0.8 s start-up and ~1 ms per process), PSS, USS (Private_Clean + Private_Dirty +
 * Private_Hugetlb) and swap from /proc/PID/smaps_rollup. Elsewhere OSHI gives RSS and VMS of the
 * main process and its descendants; PSS, USS and swap are empty. A process that exits while it is
 * being read is left out of the sum, not an error; zombies hold no memory and are not counted.
 *
 * <p>Thread-safe and stateless; the first call pays for one-time setup (page size, clock ticks),
 * so take a snapshot before the load, not during it.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessMeter {

    private ProcessMeter() {
    }

    /**
     * The group's memory now: sums over its live members, plus the main process (pid == pgid) alone.
     *
     * @throws ProcessGroupGoneException when no process of the group is alive
     * @throws IllegalArgumentException when pgid is not positive
     */
    public static MemorySnapshot snapshot(long pgid) {
        return snapshot(GroupProbe.forThisOs(), pgid);
    }

    static MemorySnapshot snapshot(GroupProbe probe, long pgid) {
        requireGroupId(pgid);
        Instant at = Instant.now();
        List<ProcessSample> live = probe.members(pgid).stream().filter(p -> !p.zombie()).toList();
        MemorySnapshot snapshot = Snapshots.sum(at, pgid, live, probe instanceof ProcProbe);
        if (snapshot.processCount() == 0) {
            throw new ProcessGroupGoneException(pgid);
        }
        return snapshot;
    }

    /**
     * The pids of the group's live members (zombies, which hold nothing, left out); empty when the
     * group is gone. The server layer uses it to know when a stopped server is really gone.
     */
    public static List<Long> liveMembers(long pgid) {
        requireGroupId(pgid);
        return GroupProbe.forThisOs().members(pgid).stream().filter(p -> !p.zombie()).map(ProcessSample::pid).toList();
    }

    /** This JVM alone (the harness; the seed's "main" row): processCount 1, main figures = sums. */
    public static MemorySnapshot snapshotSelf() {
        GroupProbe probe = GroupProbe.forThisOs();
        ProcessSample self = probe.self();
        return Snapshots.sum(Instant.now(), self.pid(), List.of(self), probe instanceof ProcProbe);
    }

    /**
     * User + system CPU the group's current members have spent since they started (zombies
     * included, since their time is still theirs until reaped). For CPU during a round use
     * {@link RoundMeter}, which also keeps the time of members that exit during it.
     *
     * @throws ProcessGroupGoneException when the group has no process
     */
    public static Duration cpuTime(long pgid) {
        requireGroupId(pgid);
        List<ProcessSample> members = GroupProbe.forThisOs().members(pgid);
        if (members.isEmpty()) {
            throw new ProcessGroupGoneException(pgid);
        }
        return Duration.ofNanos(members.stream().mapToLong(ProcessSample::cpuNanos).sum());
    }

    /** User + system CPU this JVM has spent, all threads, at nanosecond resolution where the JVM offers it. */
    public static Duration cpuTimeSelf() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return Duration.ofNanos(nanos);
            }
        }
        return Duration.ofNanos(GroupProbe.forThisOs().self().cpuNanos());
    }

    static void requireGroupId(long pgid) {
        if (pgid <= 0) {
            throw new IllegalArgumentException("process group id must be a positive pid (the pid of a server started"
                    + " under setsid), but was " + pgid);
        }
    }
}
