package dev.hammerbench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Off Linux there is no portable process-group listing, so the group is the main process and its
 * descendants, as OSHI sees them. OSHI costs ~0.8 s to start and ~1 ms per process read (measured on
 * Linux), so it is initialised once, on first use, and never used where /proc is readable.
 */
final class OshiProbe implements GroupProbe {

    static final OshiProbe INSTANCE = new OshiProbe();

    private OshiProbe() {
    }

    private static final class Holder {
        static final OperatingSystem OS = new SystemInfo().getOperatingSystem();
    }

    @Override
    public List<ProcessSample> members(long pgid) {
        OSProcess main = Holder.OS.getProcess((int) pgid);
        if (main == null) {
            return List.of();
        }
        List<ProcessSample> members = new ArrayList<>();
        members.add(sample(main, pgid));
        for (OSProcess descendant : Holder.OS.getDescendantProcesses((int) pgid, null, null, 0)) {
            members.add(sample(descendant, pgid));
        }
        return members;
    }

    @Override
    public Optional<ProcessSample> reread(ProcessSample known) {
        return Optional.ofNullable(Holder.OS.getProcess((int) known.pid()))
                .map(process -> sample(process, known.pgid()))
                .filter(now -> now.startTime() == known.startTime());
    }

    @Override
    public ProcessSample self() {
        long pid = ProcessHandle.current().pid();
        OSProcess process = Holder.OS.getProcess((int) pid);
        if (process == null) {
            throw new IllegalStateException("OSHI cannot see this JVM (pid " + pid + ")");
        }
        return sample(process, pid);
    }

    private static ProcessSample sample(OSProcess process, long pgid) {
        boolean zombie = process.getState() == OSProcess.State.ZOMBIE;
        return new ProcessSample(process.getProcessID(), process.getStartTime(), pgid, zombie,
                process.getResidentMemory(), process.getVirtualSize(),
                (process.getUserTime() + process.getKernelTime()) * 1_000_000L);
    }
}
