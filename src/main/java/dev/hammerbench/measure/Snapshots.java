package dev.hammerbench.measure;

import dev.hammerbench.result.MemorySnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Sums readings of processes into a {@link MemorySnapshot}. */
final class Snapshots {

    private Snapshots() {
    }

    /**
     * @param mainPid the process whose figures go to mainRss/mainVms (empty there when it is not among them)
     * @param processes live (non-zombie) processes, as just read
     * @param withRollup read PSS, USS and swap from /proc/PID/smaps_rollup (Linux)
     * @return the sum, with processCount 0 when every process vanished before it was read
     */
    static MemorySnapshot sum(Instant at, long mainPid, List<ProcessSample> processes, boolean withRollup) {
        int count = 0;
        long rss = 0;
        long vms = 0;
        long pss = 0;
        long uss = 0;
        long swap = 0;
        OptionalLong mainRss = OptionalLong.empty();
        OptionalLong mainVms = OptionalLong.empty();
        for (ProcessSample process : processes) {
            Optional<ProcFs.Rollup> rollup = withRollup ? ProcFs.rollup(process.pid()) : Optional.empty();
            if (withRollup && rollup.isEmpty()) {
                continue; // exited after it was listed: not a member any more
            }
            count++;
            // smaps_rollup's Rss walks the page tables; stat's is the kernel's per-CPU-batched counter,
            // which lags by up to a batch of pages per CPU (seen 1 % low on a 19 MiB server)
            long processRss = rollup.map(ProcFs.Rollup::rss).orElse(process.rss());
            rss += processRss;
            vms += process.vms();
            if (rollup.isPresent()) {
                pss += rollup.get().pss();
                uss += rollup.get().uss();
                swap += rollup.get().swap();
            }
            if (process.pid() == mainPid) {
                mainRss = OptionalLong.of(processRss);
                mainVms = OptionalLong.of(process.vms());
            }
        }
        return new MemorySnapshot(at, count, rss, OptionalLong.of(vms), optional(withRollup, pss), optional(withRollup, uss),
                optional(withRollup, swap), mainRss, mainVms);
    }

    private static OptionalLong optional(boolean known, long value) {
        return known ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
