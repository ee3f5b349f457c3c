package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.hammerbench.result.MemorySnapshot;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
class ProcessMeterTest {

    private static final long MIB = 1024 * 1024;

    private final List<LaunchedGroup> launched = new ArrayList<>();

    @BeforeAll
    static void linuxOnly() {
        assumeThat(ProcFs.AVAILABLE).as("these tests read /proc").isTrue();
    }

    @AfterEach
    void killEveryGroup() {
        launched.forEach(LaunchedGroup::close);
    }

    private LaunchedGroup launch(LaunchedGroup group) {
        launched.add(group);
        return group;
    }

    @Test
    void snapshotAgreesWithProcStatusAndSmapsRollupReadIndependently() throws Exception {
        LaunchedGroup server = launch(LaunchedGroup.server());
        long pid = server.pgid();
        server.get("/");
        Thread.sleep(1000); // idle: nothing moves between the two readings

        MemorySnapshot snapshot = ProcessMeter.snapshot(pid);
        long vmRss = IndependentProc.statusBytes(pid, "VmRSS");
        long vmSize = IndependentProc.statusBytes(pid, "VmSize");
        long pss = IndependentProc.rollupBytes(pid, "Pss");
        long uss = IndependentProc.rollupBytes(pid, "Private_Clean") + IndependentProc.rollupBytes(pid, "Private_Dirty")
                + IndependentProc.rollupBytes(pid, "Private_Hugetlb");
        long swap = IndependentProc.rollupBytes(pid, "Swap");

        assertThat(snapshot.processCount()).isEqualTo(1);
        assertThat(snapshot.rss()).isCloseTo(vmRss, withinPercentage(1));
        assertThat(snapshot.vms()).isCloseTo(vmSize, withinPercentage(1));
        assertThat(snapshot.pss().getAsLong()).isCloseTo(pss, withinPercentage(1));
        assertThat(snapshot.uss().getAsLong()).isCloseTo(uss, withinPercentage(1));
        assertThat(snapshot.swap().getAsLong()).isCloseTo(swap, within(MIB));
        assertThat(snapshot.mainRss()).isEqualTo(snapshot.rss());
        assertThat(snapshot.mainVms()).isEqualTo(snapshot.vms());
    }

    @Test
    void growthOf100MibIsSeenInRssPssAndUss() throws Exception {
        LaunchedGroup server = launch(LaunchedGroup.server());
        // warm the paths /alloc takes (classes, JIT, the first direct buffer) so the growth is the 100 MiB
        for (int i = 0; i < 5; i++) {
            server.get("/");
        }
        server.get("/alloc?mib=1");
        Thread.sleep(1500);
        MemorySnapshot before = ProcessMeter.snapshot(server.pgid());

        assertThat(server.get("/alloc?mib=100")).contains("allocated 100 MiB");
        Thread.sleep(1500);
        MemorySnapshot after = ProcessMeter.snapshot(server.pgid());

        long expected = 100 * MIB;
        System.out.printf("growth after /alloc?mib=100: RSS %.2f MiB, PSS %.2f MiB, USS %.2f MiB%n",
                (after.rss() - before.rss()) / (double) MIB, (after.pss().getAsLong() - before.pss().getAsLong()) / (double) MIB,
                (after.uss().getAsLong() - before.uss().getAsLong()) / (double) MIB);
        assertThat(after.rss() - before.rss()).as("RSS growth").isCloseTo(expected, withinPercentage(5));
        assertThat(after.pss().getAsLong() - before.pss().getAsLong()).as("PSS growth")
                .isCloseTo(expected, withinPercentage(5));
        assertThat(after.uss().getAsLong() - before.uss().getAsLong()).as("USS growth")
                .isCloseTo(expected, withinPercentage(5));
    }

    @Test
    void aTreeIsMeasuredAsTheSumOfItsMembers() throws Exception {
        String child = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        String main = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        LaunchedGroup tree = launch(LaunchedGroup.shell(child + " & exec " + main, 2));
        long pgid = tree.pgid();
        Thread.sleep(1000);

        MemorySnapshot snapshot = ProcessMeter.snapshot(pgid);
        List<Long> members = IndependentProc.liveMembers(pgid);
        long rssSum = 0;
        for (long pid : members) {
            rssSum += IndependentProc.statusBytes(pid, "VmRSS");
        }

        assertThat(members).as("the sh exec'd into the main JVM: two JVMs, nothing else").hasSize(2).contains(pgid);
        assertThat(snapshot.processCount()).isEqualTo(members.size());
        assertThat(snapshot.rss()).isCloseTo(rssSum, withinPercentage(1));
        assertThat(snapshot.mainRss()).isCloseTo(IndependentProc.statusBytes(pgid, "VmRSS"), withinPercentage(1));
        assertThat(snapshot.rss()).isGreaterThan(snapshot.mainRss());
        assertThat(snapshot.pss().getAsLong()).isLessThan(snapshot.rss());
    }

    @Test
    void offLinuxPathFindsTheSameMembersAsProcessDescendants() throws Exception {
        String child = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        String main = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        LaunchedGroup tree = launch(LaunchedGroup.shell(child + " & exec " + main, 2));
        Thread.sleep(1000);

        MemorySnapshot viaOshi = ProcessMeter.snapshot(OshiProbe.INSTANCE, tree.pgid());
        MemorySnapshot viaProc = ProcessMeter.snapshot(tree.pgid());

        assertThat(viaOshi.processCount()).isEqualTo(2);
        assertThat(viaOshi.rss()).isCloseTo(viaProc.rss(), withinPercentage(1));
        assertThat(viaOshi.mainVms()).isCloseTo(viaProc.mainVms(), withinPercentage(1));
        assertThat(viaOshi.pss()).as("OSHI does not tell PSS").isEmpty();
        assertThat(viaOshi.uss()).isEmpty();
    }

    @Test
    void aVanishedGroupFailsWithAMessageNamingIt() throws Exception {
        LaunchedGroup server = launch(LaunchedGroup.server());
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
        MemorySnapshot self = ProcessMeter.snapshotSelf();
        long vmRss = IndependentProc.statusBytes(ProcessHandle.current().pid(), "VmRSS");

        assertThat(self.processCount()).isEqualTo(1);
        assertThat(self.mainRss()).isEqualTo(self.rss());
        // this JVM is running the test, so only roughly the same moment
        assertThat(self.rss()).isCloseTo(vmRss, withinPercentage(10));
        assertThat(self.pss().getAsLong()).isPositive().isLessThanOrEqualTo(self.rss());
        assertThat(self.uss().getAsLong()).isPositive().isLessThanOrEqualTo(self.pss().getAsLong());
    }

    @Test
    void harnessCpuTimeCountsWhatThisThreadBurns() {
        var threads = ManagementFactory.getThreadMXBean();
        Duration before = ProcessMeter.cpuTimeSelf();
        long threadBefore = threads.getCurrentThreadCpuTime();
        long x = 0;
        while (threads.getCurrentThreadCpuTime() - threadBefore < 300_000_000L) {
            x += x * 31 + 7;
        }
        Duration spent = ProcessMeter.cpuTimeSelf().minus(before);

        assertThat(x).isNotZero();
        assertThat(spent).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void groupCpuTimeAgreesWithProcStat() throws Exception {
        LaunchedGroup server = launch(LaunchedGroup.server());
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
