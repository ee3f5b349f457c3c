package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ErrorClass;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Servers that misbehave: the round still ends on time and says what went wrong. */
@Timeout(120)
class LoadEngineFailureTest {

    private final List<String> progress = new CopyOnWriteArrayList<>();

    @Test
    void serverThatNeverAnswersMakesEveryCallAResponseTimeoutAndTheRoundEndsAfterTheTimeout() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--silent")) {
            Duration timeout = Duration.ofSeconds(1);
            HammerPlan plan = HammerPlan.builder().calls(200).timeout(timeout).build();

            long start = System.nanoTime();
            HammerResult result = LoadEngine.run(plan, "silent", server.uri(), progress::add);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.RESPONSE_TIMEOUT.label(), 200L));
            assertThat(result.outcomes().samples().get(ErrorClass.RESPONSE_TIMEOUT.label())).startsWith("SocketTimeoutException");
            assertThat(result.sent()).isEqualTo(200);
            assertThat(result.completed()).isEqualTo(200);
            assertThat(result.succeeded()).isZero();
            assertThat(result.latency()).isEqualTo(dev.hammerbench.result.LatencySummary.EMPTY);
            // every call waits out its response timeout; the round ends on those timeouts, before the
            // hard deadline that would cut it otherwise (how close to 1 s is the benchmark's business)
            assertThat(took).isGreaterThanOrEqualTo(timeout);
            assertThat(result.wall()).isGreaterThanOrEqualTo(timeout)
                    .isLessThan(Duration.ofNanos(Budget.hardNanos(plan, 200, Budget.connections(plan))));
        }
    }

    @Test
    void closedPortGivesConnectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HammerPlan plan = HammerPlan.builder().calls(50).concurrency(5).build();

        HammerResult result = LoadEngine.run(plan, "closed", URI.create("http://127.0.0.1:" + port + "/"), progress::add);

        assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.REFUSED.label(), 50L));
        assertThat(result.outcomes().samples().get(ErrorClass.REFUSED.label())).contains("refused");
        assertThat(result.completed()).isEqualTo(50);
        assertThat(result.successRate()).isZero();
    }

    @Test
    void serverKilledMidRoundCountsErrorsAndTheRoundEnds() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--delay-ms", "2")) {
            HammerPlan plan = HammerPlan.builder().calls(20_000).concurrency(20).keepAlive(true)
                    .timeout(Duration.ofSeconds(5)).build();
            CompletableFuture<HammerResult> round = CompletableFuture.supplyAsync(
                    () -> LoadEngine.run(plan, "doomed", server.uri(), progress::add));

            Thread.sleep(1000);
            server.kill();
            HammerResult result = round.get(60, TimeUnit.SECONDS);

            assertThat(result.outcomes().status(200)).isPositive();
            assertThat(result.outcomes().errors()).isPositive();
            assertThat(result.outcomes().count(ErrorClass.REFUSED.label())).isPositive();
            assertThat(result.completed()).isEqualTo(result.sent()).isEqualTo(20_000);
            assertThat(result.succeeded()).isEqualTo(result.outcomes().status(200));
        }
    }

    @Test
    void hardDeadlineCutsARoundWhoseServerTricklesBytesAndCountsTheCallsAsSentNotCompleted() throws Exception {
        try (TricklingServer server = TricklingServer.start(Duration.ofMillis(200))) {
            Duration timeout = Duration.ofMillis(500);
            HammerPlan plan = HammerPlan.builder().calls(10).timeout(timeout).build();

            long start = System.nanoTime();
            HammerResult result = LoadEngine.run(plan, "trickling", server.uri(), progress::add);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // every call sends a byte well within the 500 ms response timeout, so only the hard
            // deadline (3 timeouts + 1 s margin = 2.5 s) ends them
            assertThat(result.sent()).isEqualTo(10);
            assertThat(result.completed()).isZero();
            assertThat(result.outcomes().total()).isZero();
            assertThat(result.successRate()).isZero();
            Duration hard = timeout.multipliedBy(3).plus(Budget.MARGIN);
            // the deadline ends the round, not the trickle (which would go on until the test's @Timeout)
            assertThat(took).isGreaterThanOrEqualTo(hard).isLessThan(Duration.ofSeconds(60));
            // the deadline counts from before the round starts, the wall from its first send: the wall
            // is the deadline less however long the first send took to go out (0.5 ms short of it under
            // stress --cpu 2), so it only has to lie within the run
            assertThat(result.wall()).isPositive().isLessThanOrEqualTo(took);
        }
    }
}
