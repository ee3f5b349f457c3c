package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.round.RoundLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Rounds never overlap: not within a JVM under parallel execution, not across JVMs. */
class RoundLockTest {

    static final List<Comparison> ROUNDS = new CopyOnWriteArrayList<>();

    @Test
    void roundsOfClassesRunInParallelTakeTurns() {
        ROUNDS.clear();
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter(HammerbenchExtension.OUTPUT_DIR_KEY, HammerbenchTestKit.OUTPUT_DIR)
                .configurationParameters(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"))
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(FirstTestCases.class),
                        org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(SecondTestCases.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(2));

        assertThat(ROUNDS).hasSize(2);
        Comparison a = ROUNDS.get(0);
        Comparison b = ROUNDS.get(1);
        Instant aEnd = a.startedAt().plus(a.totalTime());
        // the later one began after the earlier one ended
        assertThat(b.startedAt()).isAfterOrEqualTo(aEnd);
    }

    @Test
    void aRoundWaitsForAnotherJvmsRound() throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), RoundLock.FILE);
        // python's lockf is fcntl's record lock, the kind Java's FileLock takes
        // it says "releasing" (flushed into the pipe) before it unlocks, then stays alive a while
        Process other = new ProcessBuilder("python3", "-c", "import fcntl, sys, time\n"
                + "f = open('" + file + "', 'a')\nfcntl.lockf(f, fcntl.LOCK_EX)\nprint('locked', flush=True)\n"
                + "time.sleep(1)\nprint('releasing', flush=True)\nfcntl.lockf(f, fcntl.LOCK_UN)\ntime.sleep(5)\n")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            try (RoundLock lock = RoundLock.acquire()) {
                // a round could begin only once the other process let go
                assertThat(out.ready()).isTrue();
                assertThat(out.readLine()).isEqualTo("releasing");
                assertThat(lock.waited()).isPositive();
            }
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @LaunchServer(name = "first", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class FirstTestCases {

        @Test
        @Hammer(calls = 200, concurrency = 2, keepAlive = true, settle = "100ms")
        void hammered(Comparison comparison) {
            ROUNDS.add(comparison);
        }
    }

    @LaunchServer(name = "second", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class SecondTestCases {

        @Test
        @Hammer(calls = 200, concurrency = 2, keepAlive = true, settle = "100ms")
        void hammered(Comparison comparison) {
            ROUNDS.add(comparison);
        }
    }
}
