package dev.hammerbench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Linux: a group's members are the processes whose field 5 (pgrp) of /proc/PID/stat is the pgid. */
final class ProcProbe implements GroupProbe {

    static final ProcProbe INSTANCE = new ProcProbe();

    private ProcProbe() {
    }

    @Override
    public List<ProcessSample> members(long pgid) {
        List<ProcessSample> members = new ArrayList<>();
        for (long pid : ProcFs.pids()) {
            ProcFs.stat(pid).filter(sample -> sample.pgid() == pgid).ifPresent(members::add);
        }
        return members;
    }

    @Override
    public Optional<ProcessSample> reread(ProcessSample known) {
        return ProcFs.stat(known.pid())
                .filter(now -> now.startTime() == known.startTime() && now.pgid() == known.pgid());
    }

    @Override
    public ProcessSample self() {
        long pid = ProcessHandle.current().pid();
        return ProcFs.stat(pid).orElseThrow(() -> new IllegalStateException("/proc/" + pid + "/stat of this JVM is missing"));
    }
}
