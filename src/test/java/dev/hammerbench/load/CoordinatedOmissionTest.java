package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.LatencySummary;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server that stalls once for a second, measured both ways. The closed model (one caller)
 * waits out the stall in a single call and reports a calm p99; the open model (100 calls/s)
 * keeps calls coming due during the stall, and their waits, counted from the due time, put the
 * stall into p99. Same server, same calls: only the model differs.
 */
@Timeout(120)
class CoordinatedOmissionTest {

    private static final Duration STALL = Duration.ofMillis(1000);

    @Test
    void openModelShowsAStallInP99WhereTheClosedModelHidesIt() throws Exception {
        HammerResult open;
        HammerResult closed;
        String[] stalling = {"--stall-at", "100", "--stall-ms", Long.toString(STALL.toMillis())};
        try (TestServerProcess server = TestServerProcess.start(stalling)) {
            open = LoadEngine.run(HammerPlan.builder().calls(400).rate(100).keepAlive(true)
                    .timeout(Duration.ofSeconds(5)).build(), "open", server.uri(), line -> { });
        }
        try (TestServerProcess server = TestServerProcess.start(stalling)) {
            closed = LoadEngine.run(HammerPlan.builder().calls(400).concurrency(1).keepAlive(true)
                    .timeout(Duration.ofSeconds(5)).build(), "closed", server.uri(), line -> { });
        }
        System.out.println("stall of " + STALL.toMillis() + " ms at call 100 of 400\n"
                + row("model", "p50", "p90", "p99", "max") + "\n"
                + row("open", open.latency()) + "\n" + row("closed", closed.latency()));

        assertThat(open.succeeded()).isEqualTo(400);
        assertThat(closed.succeeded()).isEqualTo(400);
        // ~100 calls fall due during the stall, waiting up to 1 s each: the top 1 % waited ~1 s
        assertThat(open.latency().p99()).isGreaterThanOrEqualTo(STALL.multipliedBy(8).dividedBy(10));
        // the closed model saw the stall in one call of 400 only: in its max, not its p99
        assertThat(closed.latency().max()).isGreaterThanOrEqualTo(STALL.multipliedBy(9).dividedBy(10));
        assertThat(closed.latency().p99()).isLessThan(open.latency().p99().dividedBy(3));
    }

    private static String row(String model, LatencySummary latency) {
        return row(model, ms(latency.p50()), ms(latency.p90()), ms(latency.p99()), ms(latency.max()));
    }

    private static String row(String... cells) {
        return String.format("%-8s %10s %10s %10s %10s", (Object[]) cells);
    }

    private static String ms(Duration d) {
        return String.format("%.1f ms", d.toNanos() / 1e6);
    }
}
