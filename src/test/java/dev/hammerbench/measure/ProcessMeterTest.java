package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hammerbench.result.MemorySnapshot;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(300)
class ProcessMeterTest {

    private static final long MIB = 1024 * 1024;

    @RegisterExtension
    static final LaunchedGroups GROUPS = new LaunchedGroups();

    @Test
    void snapshotAgreesWithProcStatusAndSmapsRollupReadIndependently() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        long pid = server.pgid();
        server.get("/");

        // a live JVM may still move between reads on a busy machine, and not only one way (a page touched,
        // then freed): the snapshot must lie between an independent read just before it and one just after
        // it, in one of at most 10 tries (a wrong field or a wrong sum misses every try; a transient, one)
        MemorySnapshot snapshot = null;
        AssertionError missed = null;
        for (int attempt = 0; attempt < 10 && (snapshot == null || missed != null); attempt++) {
            Independent before = Independent.read(pid);
            snapshot = ProcessMeter.snapshot(pid);
            Independent after = Independent.read(pid);
            try {
                bracketed(snapshot, before, after);
                missed = null;
            } catch (AssertionError e) {
                missed = e;
            }
        }
        if (missed != null) {
            throw missed;
        }

        assertThat(snapshot.processCount()).isEqualTo(1);
        assertThat(snapshot.mainRss().getAsLong()).isEqualTo(snapshot.rss());
        assertThat(snapshot.mainVms().getAsLong()).isEqualTo(snapshot.vms().getAsLong());
    }

    private static void bracketed(MemorySnapshot snapshot, Independent before, Independent after) {
        assertThat(snapshot.rss()).isBetween(Math.min(before.rss, after.rss), Math.max(before.rss, after.rss));
        assertThat(snapshot.vms().getAsLong()).isBetween(Math.min(before.vms, after.vms), Math.max(before.vms, after.vms));
        assertThat(snapshot.pss().getAsLong()).isBetween(Math.min(before.pss, after.pss), Math.max(before.pss, after.pss));
        assertThat(snapshot.uss().getAsLong()).isBetween(Math.min(before.uss, after.uss), Math.max(before.uss, after.uss));
        assertThat(snapshot.swap().getAsLong())
                .isBetween(Math.min(before.swap, after.swap), Math.max(before.swap, after.swap));
    }

    /** One process's figures read straight from /proc, not through ProcFs. */
    private record Independent(long rss, long vms, long pss, long uss, long swap) {
        static Independent read(long pid) throws Exception {
            return new Independent(IndependentProc.rollupBytes(pid, "Rss"), IndependentProc.statusBytes(pid, "VmSize"),
                    IndependentProc.rollupBytes(pid, "Pss"),
                    IndependentProc.rollupBytes(pid, "Private_Clean") + IndependentProc.rollupBytes(pid, "Private_Dirty")
                            + IndependentProc.rollupBytes(pid, "Private_Hugetlb"),
                    IndependentProc.rollupBytes(pid, "Swap"));
        }
    }

    @Test
    void growthOf100MibIsSeenInRssPssAndUss() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        // warm the paths /alloc takes (classes, JIT, the first direct buffer) so the growth is the 100 MiB
        for (int i = 0; i < 5; i++) {
            server.get("/");
        }
        server.get("/alloc?mib=1");
        MemorySnapshot before = ProcessMeter.snapshot(server.pgid());

        assertThat(server.get("/alloc?mib=100")).contains("allocated 100 MiB");
        MemorySnapshot after = ProcessMeter.snapshot(server.pgid());

        long expected = 100 * MIB;
        System.out.printf("growth after /alloc?mib=100: RSS %.2f MiB, PSS %.2f MiB, USS %.2f MiB%n",
                (after.rss() - before.rss()) / (double) MIB, (after.pss().getAsLong() - before.pss().getAsLong()) / (double) MIB,
                (after.uss().getAsLong() - before.uss().getAsLong()) / (double) MIB);
        // the server touched every page of the block before it answered, so the 100 MiB are resident and
        // private when "after" is read; what else a live JVM does between the two reads (a JIT-compiled
        // method, a GC releasing a few pages) moves far less than the 50 MiB either side of it
        assertThat(after.rss() - before.rss()).as("RSS growth").isBetween(expected - 5 * MIB, expected + 50 * MIB);
        assertThat(after.pss().getAsLong() - before.pss().getAsLong()).as("PSS growth")
                .isBetween(expected - 5 * MIB, expected + 50 * MIB);
        assertThat(after.uss().getAsLong() - before.uss().getAsLong()).as("USS growth")
                .isBetween(expected - 5 * MIB, expected + 50 * MIB);
    }

    @Test
    void aTreeIsMeasuredAsTheSumOfItsMembers() throws Exception {
        String child = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        String main = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        LaunchedGroup tree = GROUPS.launch(LaunchedGroup.shell(child + " & exec " + main, 2));
        long pgid = tree.pgid();

        List<Long> members = IndependentProc.liveMembers(pgid);
        long sumBefore = rssSum(members);
        long mainBefore = IndependentProc.rollupBytes(pgid, "Rss");
        MemorySnapshot snapshot = ProcessMeter.snapshot(pgid);
        long sumAfter = rssSum(members);
        long mainAfter = IndependentProc.rollupBytes(pgid, "Rss");

        assertThat(members).as("the sh exec'd into the main JVM: two JVMs, nothing else").hasSize(2).contains(pgid);
        assertThat(snapshot.processCount()).isEqualTo(members.size());
        // two JVMs starting up on a busy machine: between a read just before and one just after
        assertThat(snapshot.rss()).isBetween(Math.min(sumBefore, sumAfter), Math.max(sumBefore, sumAfter));
        assertThat(snapshot.mainRss().getAsLong()).isBetween(Math.min(mainBefore, mainAfter), Math.max(mainBefore, mainAfter));
        assertThat(snapshot.rss()).isGreaterThan(snapshot.mainRss().getAsLong());
        assertThat(snapshot.pss().getAsLong()).isLessThan(snapshot.rss());
    }

    @Test
    void offLinuxPathFindsTheSameMembersAsProcessDescendants() throws Exception {
        String child = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        String main = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        LaunchedGroup tree = GROUPS.launch(LaunchedGroup.shell(child + " & exec " + main, 2));

        MemorySnapshot before = ProcessMeter.snapshot(tree.pgid());
        MemorySnapshot viaOshi = ProcessMeter.snapshot(OshiProbe.INSTANCE, tree.pgid());
        MemorySnapshot after = ProcessMeter.snapshot(tree.pgid());

        assertThat(viaOshi.processCount()).isEqualTo(2);
        // OSHI reads status' VmRSS, which lags smaps_rollup by per-CPU batches (well under 1 %); both
        // move while the JVMs start, so OSHI's figure lies within the two /proc reads around it, give or take that lag
        assertThat(viaOshi.rss()).isBetween((long) (Math.min(before.rss(), after.rss()) * 0.99),
                (long) (Math.max(before.rss(), after.rss()) * 1.01));
        assertThat(viaOshi.mainVms().getAsLong()).isBetween(Math.min(before.mainVms().getAsLong(), after.mainVms().getAsLong()),
                Math.max(before.mainVms().getAsLong(), after.mainVms().getAsLong()));
        assertThat(viaOshi.pss()).as("OSHI does not tell PSS").isEmpty();
        assertThat(viaOshi.uss()).isEmpty();
    }

    @Test
    void aVanishedGroupFailsWithAMessageNamingIt() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        long pgid = server.pgid();
        server.close();

        assertThatThrownBy(() -> ProcessMeter.snapshot(pgid))
                .isInstanceOf(ProcessGroupGoneException.class)
                .hasMessageContaining("process group " + pgid + " has no live process")
                .satisfies(e -> assertThat(((ProcessGroupGoneException) e).pgid()).isEqualTo(pgid));
        assertThatThrownBy(() -> ProcessMeter.cpuTime(pgid)).isInstanceOf(ProcessGroupGoneException.class);
        assertThatThrownBy(() -> RoundMeter.start(pgid)).isInstanceOf(ProcessGroupGoneException.class);
        // above pid_max (at most 2^22): never a process
        assertThatThrownBy(() -> ProcessMeter.snapshot(Integer.MAX_VALUE)).isInstanceOf(ProcessGroupGoneException.class);
    }

    @Test
    void aNonPositiveGroupIdIsRejected() {
        assertThatThrownBy(() -> ProcessMeter.snapshot(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a positive pid").hasMessageContaining("but was 0");
        assertThatThrownBy(() -> ProcessMeter.cpuTime(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void harnessSnapshotIsThisJvmAlone() throws Exception {
        long pid = ProcessHandle.current().pid();
        // this JVM is running the test and moves, not only one way: between a read just before and one just
        // after, in one of at most 10 tries (a wrong figure misses every try)
        MemorySnapshot self = null;
        long before = 0;
        long after = 0;
        for (int attempt = 0; attempt < 10
                && (self == null || self.rss() < Math.min(before, after) || self.rss() > Math.max(before, after)); attempt++) {
            before = IndependentProc.rollupBytes(pid, "Rss");
            self = ProcessMeter.snapshotSelf();
            after = IndependentProc.rollupBytes(pid, "Rss");
        }

        assertThat(self.processCount()).isEqualTo(1);
        assertThat(self.mainRss().getAsLong()).isEqualTo(self.rss());
        assertThat(self.rss()).isBetween(Math.min(before, after), Math.max(before, after));
        assertThat(self.pss().getAsLong()).isPositive().isLessThanOrEqualTo(self.rss());
        assertThat(self.uss().getAsLong()).isPositive().isLessThanOrEqualTo(self.pss().getAsLong());
    }

    @Test
    void harnessCpuTimeCountsWhatThisThreadBurns() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Duration before = ProcessMeter.cpuTimeSelf();
        long threadBefore = threads.getCurrentThreadCpuTime();
        // a known, bounded workload (no loop on a clock): 64 MiB through SHA-256, some 0.2 s of one core
        var digest = java.security.MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < 64; i++) {
            block[i] = (byte) i;
            digest.update(block);
        }
        byte[] hash = digest.digest();
        long threadSpent = threads.getCurrentThreadCpuTime() - threadBefore;
        Duration spent = ProcessMeter.cpuTimeSelf().minus(before);

        assertThat(hash).hasSize(32);
        assertThat(threadSpent).as("this thread's CPU time for the workload").isPositive();
        // the process's CPU time includes this thread's, whatever else runs on the machine
        // (/proc/self/stat counts in clock ticks: one tick of rounding)
        assertThat(spent.toNanos()).isGreaterThanOrEqualTo(threadSpent - 1_000_000_000L / LinuxConstants.clockTicks());
    }

    private static long rssSum(List<Long> members) throws Exception {
        long sum = 0;
        for (long pid : members) {
            sum += IndependentProc.rollupBytes(pid, "Rss");
        }
        return sum;
    }

    @Test
    void groupCpuTimeAgreesWithProcStat() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        server.get("/burn?ms=300");
        Duration cpu = ProcessMeter.cpuTime(server.pgid());
        // the JVM's start-up and the 300 ms burn are in it; a live JVM keeps ticking, so only a lower bound is exact
        assertThat(cpu).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        String[] stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(server.pgid()), "stat"))
                .replaceFirst("^.*\\) ", "").split(" ");
        long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        assertThat(cpu.toMillis()).isLessThanOrEqualTo(ticks * 1000 / LinuxConstants.clockTicks());
    }
}
