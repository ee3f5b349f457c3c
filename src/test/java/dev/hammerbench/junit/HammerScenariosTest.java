package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ErrorClass;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rounds against misbehaving servers, through the extension, with real processes. */
class HammerScenariosTest {

    static final Map<String, Object> GOT = new ConcurrentHashMap<>();

    @BeforeEach
    void reset() {
        GOT.clear();
    }

    @Test
    void aServerThatNeverAnswersTimesOutEveryCallAndTheRoundEndsByItsDeadline() {
        HammerbenchTestKit.run(SilentTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        HammerResult silent = (HammerResult) GOT.get("silent");
        assertThat(silent.sent()).isEqualTo(40);
        assertThat(silent.outcomes().counts()).containsExactly(Map.entry(ErrorClass.RESPONSE_TIMEOUT.label(), 40L));
        assertThat(silent.outcomes().samples()).containsKey(ErrorClass.RESPONSE_TIMEOUT.label());
        // every call waited out its 500 ms timeout; that all 40 ended as timeouts (none cut unfinished)
        // shows the timeouts ended the round, not its hard deadline
        assertThat(silent.wall()).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void theOpenModelShowsAStallInP99WhereTheClosedModelHidesIt() {
        HammerbenchTestKit.run(StallTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

        HammerResult closed = (HammerResult) GOT.get("closed");
        HammerResult open = (HammerResult) GOT.get("open");
        System.out.printf("server stalls once for 1 s:%n  closed model (4 callers): p50 %s, p99 %s, max %s%n"
                        + "  open model (200 calls/s):  p50 %s, p99 %s, max %s%n",
                closed.latency().p50(), closed.latency().p99(), closed.latency().max(),
                open.latency().p50(), open.latency().p99(), open.latency().max());
        // the point is the latency; during the stall the open model piles up ~200 connections on a JDK
        // server, and on a loaded machine one may be reset: allow it, and show it
        assertThat(closed.succeeded()).as("closed: %s", closed.outcomes()).isGreaterThanOrEqualTo(990);
        assertThat(open.succeeded()).as("open: %s", open.outcomes()).isGreaterThanOrEqualTo(990);
        // both saw the stall in their worst call ...
        assertThat(closed.latency().max()).isGreaterThan(Duration.ofMillis(900));
        assertThat(open.latency().max()).isGreaterThan(Duration.ofMillis(900));
        // ... but only the open model, timing from the intended send, shows how many calls it delayed
        assertThat(open.latency().p99()).isGreaterThan(Duration.ofMillis(500));
        assertThat(closed.latency().p99()).isLessThan(open.latency().p99().dividedBy(2));
    }

    @Test
    void parallelRoundsHammerEveryServerAtOnce() {
        HammerbenchTestKit.run(ParallelTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        Comparison round = (Comparison) GOT.get("round");
        assertThat(round.parallel()).isTrue();
        assertThat(round.names()).containsExactly("one", "two");
        // each server takes about 2 s (10 calls of 200 ms, one caller): in parallel the round takes about 2 s plus set-up, not 4
        assertThat(round.servers()).allSatisfy(server -> assertThat(server.hammer().succeeded()).isEqualTo(10));
        // one after another, the round would last at least the sum of the two walls
        Duration sum = round.server("one").hammer().wall().plus(round.server("two").hammer().wall());
        assertThat(round.totalTime()).isLessThan(sum);
    }

    @Test
    void parallelServersWhoseWarmupsDifferStartCountingTogetherAndAreChargedOnlyForCountedCalls() {
        HammerbenchTestKit.run(ParallelWarmupTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        Comparison round = (Comparison) GOT.get("round");
        assertThat(round.servers()).allSatisfy(server -> assertThat(server.hammer().succeeded()).isEqualTo(50));
        // 4 ms of CPU a call: ~4000 ms per 1000 counted calls; charged with its 200 warm-up calls, 20000.
        // The burner's warm-up ends within a second, the other's takes two: the burner waits, then both count.
        assertThat(round.server("burner").cpuMillisPer1000Calls().orElseThrow()).isBetween(3600.0, 10_000.0);
        assertThat(round.harness().cpuTime()).isPositive();
    }

    @Test
    void anExplicitUrlNobodyLaunchedIsHammeredWithoutMemoryFigures() throws Exception {
        Map<Integer, Class<?>> byPort = Map.of(FixedPorts.FIRST, ExternalTestCases.class,
                FixedPorts.SECOND, ExternalTestCases2.class, FixedPorts.THIRD, ExternalTestCases3.class);
        FixedPorts.use(port -> {
            Process server = startExternal(port);
            try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream()))) {
                String first = out.readLine();
                if (first == null || !first.startsWith("listening on")) {
                    if (FixedPorts.free(port)) {
                        throw new IllegalStateException("the external server did not start on free port " + port
                                + "; its first line: " + first);
                    }
                    return false; // another program took the port after the probe: the next one
                }
                HammerbenchTestKit.run(byPort.get(port)).testEvents().assertStatistics(stats -> stats.succeeded(1));
                return true;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                stop(server);
            }
        }, FixedPorts.FIRST, FixedPorts.SECOND, FixedPorts.THIRD);

        Comparison round = (Comparison) GOT.get("round");
        assertThat(round.names()).containsExactly("external");
        assertThat(round.server("external").server().launched()).isFalse();
        assertThat(round.server("external").hasMemory()).isFalse();
        assertThat(round.server("external").hammer().outcomes().status(200)).isEqualTo(30);
    }

    @Test
    void aDeadlineCutsARoundThatWouldOtherwiseRunForMinutes() {
        HammerbenchTestKit.run(DeadlineTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        HammerResult cut = (HammerResult) GOT.get("cut");
        // without the deadline: 100 calls one after another, 5 s each against a server that never answers
        assertThat(cut.plan().deadline()).contains(Duration.ofSeconds(2));
        assertThat(cut.sent()).isLessThan(100);
        assertThat(cut.succeeded()).isZero();
        // cut at 2 s: the call in flight then is abandoned, not waited for (its 5 s timeout)
        assertThat(cut.wall()).isLessThan(Duration.ofSeconds(2 + 5));
    }

    @LaunchServer(name = "silent", mainClass = TEST_SERVER, args = {"--port", "{port}", "--silent"},
            readiness = LaunchServer.Readiness.PORT)
    static class DeadlineTestCases {

        @Test
        @Hammer(calls = 100, concurrency = 1, timeout = "5s", deadline = "2s", settle = "0")
        void hammered(HammerResult silent) {
            GOT.put("cut", silent);
        }
    }

    private static Process startExternal(int port) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try {
            return new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classpath, TEST_SERVER, "--port", Integer.toString(port)).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void stop(Process server) {
        try {
            server.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same round at each of {@link FixedPorts}' candidates: a URL in an annotation is a constant. */
    static class ExternalTestCases {

        @Test
        @Hammer(urls = "external=http://127.0.0.1:" + FixedPorts.FIRST + "/", calls = 30, concurrency = 3, settle = "0")
        void hammered(Comparison round) {
            GOT.put("round", round);
        }
    }

    static class ExternalTestCases2 {

        @Test
        @Hammer(urls = "external=http://127.0.0.1:" + FixedPorts.SECOND + "/", calls = 30, concurrency = 3, settle = "0")
        void hammered(Comparison round) {
            GOT.put("round", round);
        }
    }

    static class ExternalTestCases3 {

        @Test
        @Hammer(urls = "external=http://127.0.0.1:" + FixedPorts.THIRD + "/", calls = 30, concurrency = 3, settle = "0")
        void hammered(Comparison round) {
            GOT.put("round", round);
        }
    }

    @LaunchServer(name = "silent", mainClass = TEST_SERVER, args = {"--port", "{port}", "--silent"},
            readiness = LaunchServer.Readiness.PORT)
    static class SilentTestCases {

        @Test
        @Hammer(calls = 40, timeout = "500ms", settle = "0")
        void hammered(HammerResult silent) {
            GOT.put("silent", silent);
        }
    }

    static class StallTestCases {

        @Test
        @LaunchServer(name = "stalling", mainClass = TEST_SERVER,
                args = {"--port", "{port}", "--stall-at", "300", "--stall-ms", "1000"})
        @Hammer(calls = 1000, concurrency = 4, keepAlive = true, timeout = "5s", settle = "0")
        void closed(HammerResult stalling) {
            GOT.put("closed", stalling);
        }

        @Test
        @LaunchServer(name = "stalling", mainClass = TEST_SERVER,
                args = {"--port", "{port}", "--stall-at", "300", "--stall-ms", "1000"})
        @Hammer(calls = 1000, rate = 200, keepAlive = true, timeout = "5s", settle = "0")
        void open(HammerResult stalling) {
            GOT.put("open", stalling);
        }
    }

    @LaunchServer(name = "burner", mainClass = TEST_SERVER, args = {"--port", "{port}"},
            url = "http://{host}:{port}/burn?ms=4")
    @LaunchServer(name = "slow-warm", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "20"})
    static class ParallelWarmupTestCases {

        @Test
        @Hammer(calls = 50, warmup = "200", concurrency = 2, keepAlive = true, parallel = true, settle = "0")
        void hammered(Comparison round) {
            GOT.put("round", round);
        }
    }

    @LaunchServer(name = "one", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "200"})
    @LaunchServer(name = "two", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "200"})
    static class ParallelTestCases {

        @Test
        @Hammer(calls = 10, concurrency = 1, keepAlive = true, parallel = true, settle = "0")
        void hammered(Comparison round) {
            GOT.put("round", round);
        }
    }
}
