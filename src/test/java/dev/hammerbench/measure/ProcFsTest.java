package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.hammerbench.result.MemorySnapshot;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcFsTest {

    @Test
    void statFieldsAreCountedFromAfterTheNameWhichMayHoldSpacesAndParentheses() {
        assumeThat(ProcFs.AVAILABLE).isTrue(); // the units (page size, ticks) come from this machine
        String stat = "4242 (a) b (c) S 1 777 777 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 12 0 123456 9000000 2000"
                + " 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";
        ProcessSample sample = ProcFs.parseStat(4242, stat);

        assertThat(sample.pgid()).isEqualTo(777);
        assertThat(sample.zombie()).isFalse();
        assertThat(sample.startTime()).isEqualTo(123456);
        assertThat(sample.vms()).isEqualTo(9_000_000);
        assertThat(sample.rss()).isEqualTo(2000 * LinuxConstants.pageSize());
        // utime 250 + stime 50 ticks; cutime/cstime (7, 3) are the children's and not counted
        assertThat(sample.cpuNanos()).isEqualTo(300 * 1_000_000_000L / LinuxConstants.clockTicks());
        assertThat(ProcFs.parseStat(1, stat.replace(" S 1 ", " Z 1 ")).zombie()).isTrue();
    }

    @Test
    void aMalformedStatLineIsRejectedNamingIt() {
        assertThatThrownBy(() -> ProcFs.parseStat(5, "garbage")).hasMessageContaining("not a /proc/5/stat line: garbage");
    }

    @Test
    void ussIsThePrivateFieldsOfTheRollup() {
        String rollup = """
                56239f3f0000-7ffd78b07000 ---p 00000000 00:00 0                          [rollup]
                Rss:                1684 kB
                Pss:                 269 kB
                Pss_Dirty:           112 kB
                Shared_Clean:       1532 kB
                Private_Clean:        40 kB
                Private_Dirty:       112 kB
                Private_Hugetlb:    2048 kB
                Swap:                 16 kB
                SwapPss:               8 kB
                """;
        ProcFs.Rollup parsed = ProcFs.parseRollup(rollup);

        assertThat(parsed.rss()).isEqualTo(1684 * 1024L);
        assertThat(parsed.pss()).isEqualTo(269 * 1024L);
        assertThat(parsed.uss()).isEqualTo((40 + 112 + 2048) * 1024L);
        assertThat(parsed.swap()).isEqualTo(16 * 1024L);
    }

    @Test
    void peakIsVmHwm() {
        assertThat(ProcFs.parseHwm("Name:\tjava\nVmPeak:\t  9 kB\nVmHWM:\t   1800 kB\nVmRSS:\t 1700 kB\n")).hasValue(1800 * 1024L);
        assertThat(ProcFs.parseHwm("Name:\tkthreadd\n")).isEmpty();
    }

    /** A process listed, then gone before its memory is read, is left out: not an error, not a zero. */
    @Test
    void aProcessThatExitsBeforeItIsReadIsSkipped() throws Exception {
        assumeThat(ProcFs.AVAILABLE).isTrue();
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            ProcessSample listed = ProcFs.stat(sleeper.pid()).orElseThrow();
            sleeper.destroyForcibly();
            assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).isTrue();

            assertThat(ProcFs.stat(sleeper.pid())).isEmpty();
            assertThat(ProcFs.rollup(sleeper.pid())).isEmpty();
            assertThat(ProcFs.peakRss(sleeper.pid())).isEmpty();
            ProcessSample self = ProcProbe.INSTANCE.self();
            long before = ProcFs.rollup(self.pid()).orElseThrow().rss();
            MemorySnapshot sum = Snapshots.sum(Instant.now(), self.pid(), List.of(self, listed), true);
            long after = ProcFs.rollup(self.pid()).orElseThrow().rss();
            assertThat(sum.processCount()).isEqualTo(1);
            // this JVM's resident size alone (read from smaps_rollup, as the sum does), nothing of the sleeper
            assertThat(sum.rss()).isBetween(Math.min(before, after), Math.max(before, after));
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
