package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.hammerbench.result.MemorySample;
import dev.hammerbench.result.MemorySnapshot;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(300)
class RoundMeterTest {

    private static final long MIB = 1024 * 1024;
    private static final Duration INTERVAL = Duration.ofMillis(100);

    @RegisterExtension
    static final LaunchedGroups GROUPS = new LaunchedGroups();

    /**
     * 50 calls of /burn?ms=20 burn 1 s of server CPU: 20 s per 1000 calls. The server also spends
     * CPU on HTTP itself (measured here at 1-5 ms a call on a loaded 2-core machine, more than the
     * 15 % allowed) and on its JVM's background, so the baseline is a round of as many calls to
     * "/", which burns nothing: the difference is what the burn cost, and it must match. The two
     * kinds of rounds alternate in five slices so that drift in the machine's load hits both alike.
     */
    @Test
    void cpuPer1000CallsMatchesWhatTheServerBurns() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        // warm: get the HTTP path and the burn loop JIT-compiled before they are measured, so the
        // compiler threads' CPU is not billed to either round
        for (int i = 0; i < 300; i++) {
            server.get("/");
        }
        for (int i = 0; i < 10; i++) {
            server.get("/burn?ms=20");
        }
        Thread.sleep(1000);

        int calls = 50;
        Duration baseline = Duration.ZERO;
        Duration burn = Duration.ZERO;
        for (int slice = 0; slice < 5; slice++) {
            baseline = baseline.plus(round(server, calls / 5, "/").cpuTime());
            burn = burn.plus(round(server, calls / 5, "/burn?ms=20").cpuTime());
        }

        double rawPer1000 = burn.toNanos() / 1e6 * 1000 / calls;
        double netPer1000 = burn.minus(baseline).toNanos() / 1e6 * 1000 / calls;
        System.out.printf("CPU per 1000 calls: /burn?ms=20 %.0f ms, / %.0f ms, difference %.0f ms (20000 burned)%n",
                rawPer1000, baseline.toNanos() / 1e6 * 1000 / calls, netPer1000);
        assertThat(rawPer1000).as("never less than what was burned").isGreaterThanOrEqualTo(20_000 * 0.99);
        assertThat(netPer1000).isCloseTo(20_000.0, withinPercentage(15));
    }

    private static RoundMeasurement round(LaunchedGroup server, int calls, String path) throws Exception {
        try (RoundMeter meter = RoundMeter.start(server.pgid(), INTERVAL)) {
            for (int i = 0; i < calls; i++) {
                server.get(path);
            }
            return meter.stop();
        }
    }

    @Test
    void peakCoversWhatWasAllocatedDuringTheRound() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        GrowthRound growth = growBy100MiB(server, pgid -> RoundMeter.start(pgid, INTERVAL));
        MemorySnapshot before = growth.before();
        RoundMeasurement round = growth.round();
        MemorySnapshot after = ProcessMeter.snapshot(server.pgid());

        // VmHWM is the kernel's mark, but it is raised lazily: when the JVM gave a few pages back
        // between two samples, the sampled maximum can top it, and then the higher figure wins
        // (the reset itself is checked in resettingThePeakDropsVmHwmToTheCurrentSize)
        assertThat(round.peakSource()).isIn(PeakSource.VM_HWM, PeakSource.SAMPLED);
        assertThat(round.peakRss()).isPresent();
        long peak = round.peakRss().getAsLong();
        assertThat(peak).isGreaterThanOrEqualTo(after.rss() - before.rss());
        assertThat(peak).isGreaterThanOrEqualTo(before.rss() + 95 * MIB);
        assertThat(round.memoryOverTime()).isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.rss()).isLessThanOrEqualTo(peak));
        assertThat(round.processesAtEnd()).isEqualTo(1);
    }

    /** The server's size before a round, and the round (started by {@code start}) in which it allocated 100 MiB. */
    private record GrowthRound(MemorySnapshot before, RoundMeasurement round) {
    }

    /**
     * The server's first allocation path is taken (1 MiB) and left to settle before the size is read, so the
     * round holds the 100 MiB and little else; the meter is stopped half a second after the allocation answered.
     */
    private static GrowthRound growBy100MiB(LaunchedGroup server, Function<Long, RoundMeter> start) throws Exception {
        server.get("/alloc?mib=1");
        Thread.sleep(1000);
        MemorySnapshot before = ProcessMeter.snapshot(server.pgid());
        try (RoundMeter meter = start.apply(server.pgid())) {
            server.get("/alloc?mib=100");
            Thread.sleep(500);
            return new GrowthRound(before, meter.stop());
        }
    }

    @Test
    void resettingThePeakDropsVmHwmToTheCurrentSize() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        server.get("/alloc?mib=1");
        long pid = server.pgid();
        // after the reset the mark starts again from the current size (the test server never frees
        // what it allocates, so the check is against the size now rather than a vanished peak)
        assertThat(ProcFs.resetPeakRss(pid)).as("clear_refs is writable for our own children").isTrue();
        long peakAfter = ProcFs.peakRss(pid).orElseThrow();
        long rssNow = ProcFs.stat(pid).orElseThrow().rss();
        assertThat(peakAfter).isBetween(rssNow - 2 * MIB, rssNow + 2 * MIB);
    }

    @Test
    void peakFallsBackToTheSampledMaximumWithoutClearRefs() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        GrowthRound growth = growBy100MiB(server, pgid -> RoundMeter.start(ProcProbe.INSTANCE, pgid, INTERVAL, false));
        MemorySnapshot before = growth.before();
        RoundMeasurement round = growth.round();

        assertThat(round.peakSource()).isEqualTo(PeakSource.SAMPLED);
        long sampledMax = round.memoryOverTime().stream().mapToLong(MemorySample::rss).max().orElseThrow();
        assertThat(round.peakRss()).hasValue(sampledMax);
        assertThat(sampledMax).isGreaterThanOrEqualTo(before.rss() + 95 * MIB);
    }

    @Test
    void seriesIsSampledAtTheIntervalInOrder() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        RoundMeasurement round;
        long began = System.nanoTime();
        try (RoundMeter meter = RoundMeter.start(server.pgid(), INTERVAL)) {
            Thread.sleep(2000);
            round = meter.stop();
        }
        long elapsedMillis = (System.nanoTime() - began) / 1_000_000;
        List<MemorySample> series = round.memoryOverTime();
        // one point at the start, one per interval, one at the end; a loaded machine may skip some, never add
        assertThat(series).hasSizeBetween(5, (int) (elapsedMillis / INTERVAL.toMillis()) + 2);
        assertThat(series).extracting(MemorySample::sinceStart).isSorted();
        assertThat(series.get(series.size() - 1).sinceStart()).isGreaterThanOrEqualTo(Duration.ofMillis(2000));
        assertThat(series).allSatisfy(sample -> assertThat(sample.rss()).isPositive());
        assertThat(RoundMeter.start(server.pgid(), INTERVAL).stop()).as("stop right after start").isNotNull();
    }

    /** A member that exits mid-round keeps the CPU it was last seen with; a naive end-minus-start would lose it. */
    @Test
    void cpuOfAMemberThatExitsDuringTheRoundIsKept() throws Exception {
        String burner = LaunchedGroup.quoted(LaunchedGroup.javaMain(CpuBurner.class.getName())) + " 1500 1000";
        String main = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        LaunchedGroup tree = GROUPS.launch(LaunchedGroup.shell(burner + " & exec " + main, 2));
        RoundMeasurement round;
        try (RoundMeter meter = RoundMeter.start(tree.pgid(), INTERVAL)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (IndependentProc.liveMembers(tree.pgid()).size() > 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(IndependentProc.liveMembers(tree.pgid())).as("the burner exited").hasSize(1);
            round = meter.stop();
        }
        // 1000 ms burned after the round started, minus at most one interval unseen before it exited
        assertThat(round.cpuTime()).isGreaterThanOrEqualTo(Duration.ofMillis(1000).minus(INTERVAL));
        assertThat(round.processesAtEnd()).isEqualTo(1);
    }

    @Test
    void aGroupVanishingMidRoundIsNotAnError() throws Exception {
        LaunchedGroup server = GROUPS.launch(LaunchedGroup.server());
        try (RoundMeter meter = RoundMeter.start(server.pgid(), INTERVAL)) {
            Thread.sleep(300);
            server.close();
            RoundMeasurement round = meter.stop();

            assertThat(round.processesAtEnd()).isZero();
            assertThat(round.cpuTime()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(round.peakSource()).isEqualTo(PeakSource.SAMPLED);
            assertThat(round.memoryOverTime()).isNotEmpty();
        }
    }

    @Test
    void aTooShortIntervalIsRejected() throws Exception {
        assertThatThrownBy(() -> RoundMeter.start(ProcessHandle.current().pid(), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10 ms").hasMessageContaining("PT0.001S");
    }
}
