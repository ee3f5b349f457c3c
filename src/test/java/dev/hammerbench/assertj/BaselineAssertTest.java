package dev.hammerbench.assertj;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hammerbench.result.Baseline;
import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.Baselines;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Fingerprint;
import dev.hammerbench.result.ServerResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** comparedToBaseline(): limits with and without intervals, memory, warn mode, and why a check is skipped. */
class BaselineAssertTest {

    static final Fingerprint HERE = new Fingerprint("Test CPU", 2, 4L << 30, "Linux 6.1", "Vendor 17", "development");
    static final String FILE = "src/test/resources/hammerbench/T/m.json";

    @Test
    void aDropBeyondTheLimitFailsWithBaselineNowDifferenceAndInterval() {
        // 5 rounds at 1000 calls/s in the baseline, 5 at about 800 now
        ServerResult now = compared(Results.overRounds("app", 2500, 2490, 2510, 2505, 2495),
                Results.overRounds("app", 2000, 2010, 1990, 2005, 1995), false);

        assertThatThrownBy(() -> assertThat(now).comparedToBaseline().throughput().dropsAtMostPercent(10))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("throughput of server \"app\"\nto be at most 10 % below the baseline:\n  900 calls/s")
                .hasMessageContaining("baseline:\n  1000 calls/s (median of 5 rounds) in " + FILE)
                .hasMessageContaining("now:\n  800 calls/s (median of 5 rounds)")
                .hasMessageContaining("difference:\n  -20")
                .hasMessageContaining("interval of now / baseline:\n  0.79");
        assertThatCode(() -> assertThat(now).comparedToBaseline().throughput().dropsAtMostPercent(25)).doesNotThrowAnyException();
    }

    @Test
    void withOneRoundTheMediansDecideAndTheMessageSaysThereIsNoInterval() {
        ServerResult now = compared(Results.server("app").wall(Duration.ofMillis(2500)).build(),
                Results.server("app").wall(Duration.ofMillis(2000)).build(), false);

        assertThatThrownBy(() -> assertThat(now).comparedToBaseline().throughput().dropsAtMostPercent(10))
                .hasMessageContaining("difference:\n  -20 %").hasMessageContaining("no interval: fewer than 4 rounds");
    }

    @Test
    void latencyGrowthIsCheckedAtTheHighEnd() {
        ServerResult now = compared(Results.server("app").latencyScale(1.5).build(), Results.server("app").build(), false);

        assertThatThrownBy(() -> assertThat(now).comparedToBaseline().latency().p99().growsAtMostPercent(20))
                .hasMessageContaining("p99 latency of server \"app\"\nto be at most 20 % above the baseline:\n  9.6 ms")
                .hasMessageContaining("but was:\n  12 ms (+50 %)");
        assertThatCode(() -> assertThat(now).comparedToBaseline().latency().p50().growsAtMostPercent(60))
                .doesNotThrowAnyException();
    }

    @Test
    void memoryGrowthInMiBGivesBytesAndTheLimit() {
        ServerResult now = compared(Results.server("app").rss(40 * Results.MIB, 62 * Results.MIB).build(),
                Results.server("app").rss(40 * Results.MIB, 42 * Results.MIB).build(), false);

        assertThatThrownBy(() -> assertThat(now).comparedToBaseline().memory().rssAfter().growsAtMostMiB(10))
                .hasMessageContaining("RSS after the load of server \"app\"\nto be at most 10 MiB above the baseline:\n  52 MiB")
                .hasMessageContaining("difference:\n  +20 MiB (20971520 bytes) (+47.62 %)")
                .hasMessageContaining("limit:\n  +10 MiB (10485760 bytes)");
        assertThatCode(() -> assertThat(now).comparedToBaseline().memory().rssAfter().growsAtMostMiB(20))
                .doesNotThrowAnyException();
    }

    @Test
    void warnModePrintsInsteadOfFailing() {
        ServerResult now = compared(Results.server("app").wall(Duration.ofMillis(4000)).build(),
                Results.server("app").build(), true);

        assertThatCode(() -> assertThat(now).comparedToBaseline().throughput().dropsAtMostPercent(10))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutABaselineOrWithAnIncomparableOneTheCheckIsAborted() {
        ServerResult alone = Results.server("app").build();
        assertThatThrownBy(() -> assertThat(alone).comparedToBaseline().throughput().dropsAtMostPercent(10))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("has no baseline");

        ServerResult elsewhere = Results.server("app").build();
        Comparison round = Results.round("T.m", elsewhere);
        Baselines.attach(round, new BaselineCheck(FILE, baseline(Results.server("app").build()),
                List.of("machine cores: 8 (baseline) vs 2 (now)"), false));
        assertThatThrownBy(() -> assertThat(round.server("app")).comparedToBaseline().memory().rssAfter().growsAtMostMiB(1))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("the baseline " + FILE + " is not comparable with this run")
                .hasMessageContaining("machine cores: 8 (baseline) vs 2 (now)");
    }

    @Test
    void limitsMustBePositive() {
        ServerResult now = compared(Results.server("app").build(), Results.server("app").build(), false);
        assertThatThrownBy(() -> assertThat(now).comparedToBaseline().throughput().dropsAtMostPercent(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code now}, as a round's server compared with a baseline holding {@code then}'s figures. */
    private static ServerResult compared(ServerResult now, ServerResult then, boolean warnOnly) {
        Comparison round = Results.round("T.m", now);
        Baselines.attach(round, new BaselineCheck(FILE, baseline(then), List.of(), warnOnly));
        return round.server("app");
    }

    private static Baseline baseline(ServerResult then) {
        return new Baseline("T.m", Instant.EPOCH, Map.of(), false, HERE, List.of(BaselineFigures.of(then)));
    }
}
