package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.report.TextReport;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** @Hammer(rounds = N) end to end: real servers, every round counted, and a verdict that holds. */
class RepeatedRoundsTest {

    static final AtomicReference<Comparison> GOT = new AtomicReference<>();

    @Test
    void aServerMadeAThirdSlowerIsSlowerWithAnIntervalThatExcludesOne() {
        HammerbenchTestKit.run(SlowerOnPurposeTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
        Comparison comparison = GOT.get();

        assertThat(comparison.rounds()).isEqualTo(6);
        ServerResult quick = comparison.server("quick");
        ServerResult slowed = comparison.server("slowed");
        assertThat(quick.perRound()).hasSize(6).allSatisfy(r -> assertThat(r.hammer().sent()).isEqualTo(400));
        assertThat(quick.hammer().sent()).isEqualTo(2400);
        assertThat(quick.hammer().succeeded()).isEqualTo(2400);
        assertThat(quick.before()).isPresent();
        assertThat(quick.after()).isPresent();
        assertThat(quick.perRound()).allSatisfy(r -> assertThat(r.cpuTime()).isPresent());
        // servers one after another: the machine's other CPU during each load is known
        assertThat(quick.perRound()).allSatisfy(r -> assertThat(r.othersCpuShare().getAsDouble()).isBetween(0.0, 1.0));
        assertThat(quick.peakRss().getAsLong())
                .isEqualTo(quick.perRound().stream().mapToLong(r -> r.peakRss().getAsLong()).max().getAsLong());
        Shift shift = quick.throughputRatio(slowed).orElseThrow();
        // sleeps of 20 ms against 26 ms at 8 callers: about 1.3x; long enough that a busy machine's late wake-ups
        // (a few ms under stress --cpu 2, which hid a 10 against 13 ms gap) stay small beside the gap
        assertThat(shift.significant()).as("%s", shift).isTrue();
        assertThat(shift.low()).as("%s", shift).isGreaterThan(1.0);
        assertThat(shift.ratio()).as("%s", shift).isBetween(1.1, 1.6);
        String text = TextReport.render(comparison);
        assertThat(text).containsPattern("slowed [^\\n]* 1\\.\\dx slower ±0\\.\\d");
        assertThat(text).containsPattern("quick [^\\n]* fastest");
        assertThat(text).contains("figures: the median of 6 rounds ± the far end of its 95 % interval");
    }

    @Test
    void theRunWideKnobAsksForMoreRounds() {
        HammerbenchTestKit.run(KnobTestCases.class, Map.of(Hammer.ROUNDS_KEY, "3"))
                .testEvents().assertStatistics(stats -> stats.succeeded(1));

        assertThat(GOT.get().rounds()).isEqualTo(3);
        assertThat(GOT.get().server("only").perRound()).hasSize(3);
        assertThat(GOT.get().server("only").hammer().sent()).isEqualTo(60);
    }

    @Test
    void oneRoundIsTheDefaultAndKeepsItsResultWhole() {
        HammerbenchTestKit.run(KnobTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        ServerResult only = GOT.get().server("only");
        assertThat(GOT.get().rounds()).isEqualTo(1);
        assertThat(only.rounds()).isEmpty();
        assertThat(only.perRound()).containsExactly(only);
        assertThat(only.hammer().sent()).isEqualTo(20);
    }

    @Test
    void aWarmupForADurationIsSentBeforeEveryRoundAndNotCounted() {
        HammerbenchTestKit.run(TimedWarmupTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
        Comparison comparison = GOT.get();

        assertThat(comparison.plan().warmupDuration()).contains(java.time.Duration.ofMillis(400));
        ServerResult only = comparison.server("only");
        assertThat(only.perRound()).hasSize(2).allSatisfy(r -> assertThat(r.hammer().sent()).isEqualTo(20));
        // 400 ms of uncounted calls before each of the 2 rounds lie inside the round's total, outside the counted walls
        java.time.Duration counted = only.perRound().stream().map(r -> r.hammer().wall())
                .reduce(java.time.Duration.ZERO, java.time.Duration::plus);
        assertThat(comparison.totalTime()).isGreaterThanOrEqualTo(counted.plusMillis(800));
        assertThat(TextReport.render(comparison)).contains("(warm-up 400ms)");
    }

    @LaunchServer(name = "only", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class TimedWarmupTestCases {

        @Test
        @Hammer(calls = 20, concurrency = 2, keepAlive = true, warmup = "400ms", rounds = 2, settle = "0")
        void hammered(Comparison comparison) {
            GOT.set(comparison);
        }
    }

    @LaunchServer(name = "quick", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "20"})
    @LaunchServer(name = "slowed", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "26"})
    static class SlowerOnPurposeTestCases {

        @Test
        @Hammer(calls = 400, concurrency = 8, keepAlive = true, warmup = "40", rounds = 6, settle = "0")
        void hammered(Comparison comparison) {
            GOT.set(comparison);
        }
    }

    @LaunchServer(name = "only", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class KnobTestCases {

        @Test
        @Hammer(calls = 20, concurrency = 2, keepAlive = true, settle = "0")
        void hammered(Comparison comparison) {
            GOT.set(comparison);
        }
    }
}
