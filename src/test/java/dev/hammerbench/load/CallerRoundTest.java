package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ErrorClass;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Keep-alive closed rounds: one connection per caller, a new one when the server closes it, and
 * every call still counted and classified as through the pool, whether the callers start at once
 * or spread over a rampUp.
 */
@Timeout(60)
class CallerRoundTest {

    private static final Duration PATIENT = Duration.ofSeconds(10);

    /** Answers keep-alive requests; the {@code closeAfter}th on a connection says "Connection: close" and closes. */
    private static RawServer.Behaviour closingAfter(int closeAfter) {
        return client -> {
            OutputStream out = client.getOutputStream();
            for (int n = 1; ; n++) {
                RawServer.readHead(client);
                boolean last = n == closeAfter;
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n" + (last ? "Connection: close\r\n" : "") + "\r\nok")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (last) {
                    client.close();
                    return;
                }
            }
        };
    }

    /** Answers keep-alive requests forever; {@code perConnection} gets each connection's count, in the order of their first requests. */
    private static RawServer.Behaviour counting(List<AtomicInteger> perConnection) {
        return client -> {
            OutputStream out = client.getOutputStream();
            AtomicInteger served = null;
            while (true) {
                if (!RawServer.readHead(client)) {
                    return;
                }
                if (served == null) {
                    served = new AtomicInteger();
                    perConnection.add(served);
                }
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                served.incrementAndGet();
            }
        };
    }

    @Test
    void rampedKeepAliveRoundRunsEachCallerOnAConnectionOfItsOwn() {
        HammerPlan keepAlive = HammerPlan.builder().concurrency(4).keepAlive(true).rampUp(Duration.ofSeconds(1))
                .duration(Duration.ofSeconds(2)).build();
        HammerPlan closing = HammerPlan.builder().concurrency(4).keepAlive(false).rampUp(Duration.ofSeconds(1))
                .duration(Duration.ofSeconds(2)).build();
        RequestTemplate template = new RequestTemplate(keepAlive, URI.create("http://127.0.0.1:1/"));

        ClosedRound ramped = LoadEngine.closed(keepAlive, null, template, new Tally(), 4, 0, 0,
                keepAlive.startSpreadNanos(4), "ramped");
        ClosedRound defaultPace = LoadEngine.closed(keepAlive, null, template, new Tally(), 4, 40, 0,
                HammerPlan.builder().calls(40).concurrency(0).keepAlive(true).build().startSpreadNanos(4), "paced");
        ClosedRound perCall = LoadEngine.closed(closing, null, template, new Tally(), 4, 0, 0,
                closing.startSpreadNanos(4), "closing");

        assertThat(ramped.ownConnections()).isTrue();
        assertThat(ramped.spreadNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(defaultPace.ownConnections()).isTrue();
        assertThat(defaultPace.spreadNanos()).isEqualTo(3 * HammerPlan.DEFAULT_START_INTERVAL.toNanos());
        assertThat(perCall.ownConnections()).isFalse();
    }

    @Test
    void rampedCallersStartInTurnAndEachKeepsItsConnectionToTheEnd() throws Exception {
        List<AtomicInteger> perConnection = new CopyOnWriteArrayList<>();
        try (RawServer server = RawServer.start(counting(perConnection))) {
            // caller i of 3 starts at i/3 of the ramp, all send until 1.5 s
            HammerPlan plan = HammerPlan.builder().duration(Duration.ofMillis(1500)).concurrency(3).keepAlive(true)
                    .rampUp(Duration.ofMillis(900)).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "ramped", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsOnlyKeys("200");
            assertThat(result.completed()).isEqualTo(result.sent());
            // every caller kept the connection it leased when it started: none went through the pool per call
            assertThat(server.accepted()).isEqualTo(3);
            assertThat(perConnection).hasSize(3);
            assertThat(perConnection.stream().mapToLong(AtomicInteger::get).sum()).isEqualTo(result.sent());
            // the first caller started first and sent the longest: it carried more calls than the last one
            assertThat(perConnection.get(0).get()).as("%s", perConnection).isGreaterThan(perConnection.get(2).get());
        }
    }

    @Test
    void rampStartsEveryCallerWithoutWaitingForAnswers() throws Exception {
        CountDownLatch allConnected = new CountDownLatch(4);
        try (RawServer server = RawServer.start(client -> {
            allConnected.countDown();
            OutputStream out = client.getOutputStream();
            try {
                // no connection hears anything until all four callers have connected
                if (!allConnected.await(30, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            while (RawServer.readHead(client)) {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        })) {
            HammerPlan plan = HammerPlan.builder().calls(8).concurrency(4).keepAlive(true)
                    .rampUp(Duration.ofMillis(300)).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "gated", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 8L));
            assertThat(server.accepted()).isEqualTo(4);
        }
    }

    @Test
    void aRampedCallersFirstCallIsTimedFromItsOwnStartAndKeptForIt() throws Exception {
        List<AtomicInteger> perConnection = new CopyOnWriteArrayList<>();
        try (RawServer server = RawServer.start(counting(perConnection))) {
            // the second caller starts 2 s after the first, whose call needs far less: had the first caller
            // taken the second's call, or the second's been timed from the round's start, this would show
            HammerPlan plan = HammerPlan.builder().calls(2).concurrency(2).keepAlive(true)
                    .rampUp(Duration.ofSeconds(4)).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "late", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 2L));
            assertThat(result.latency().max()).isLessThan(Duration.ofSeconds(2));
            assertThat(result.wall()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void eachCallerKeepsOneConnectionThroughWarmUpAndCountedCalls() throws Exception {
        try (RawServer server = RawServer.start(closingAfter(Integer.MAX_VALUE))) {
            HammerPlan plan = HammerPlan.builder().calls(600).concurrency(4).keepAlive(true).warmup(100)
                    .timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "keep-alive", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 600L));
            assertThat(result.latency().count()).isEqualTo(600);
            // the warm-up's callers hand their connections back and the counted callers take them over
            assertThat(server.accepted()).isEqualTo(4);
            assertThat(result.harnessBusy()).isPresent();
            assertThat(result.harnessBusy().getAsDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void callerLeasesAgainWhenTheServerClosesAfterItsLimit() throws Exception {
        try (RawServer server = RawServer.start(closingAfter(50))) {
            HammerPlan plan = HammerPlan.builder().calls(1000).concurrency(4).keepAlive(true).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "closing", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 1000L));
            assertThat(result.sent()).isEqualTo(1000);
            // 1000 calls at 50 per connection, plus at most one unfinished connection per caller
            assertThat(server.accepted()).isBetween(20, 24);
        }
    }

    @Test
    void resetOnAKeptConnectionIsCountedAndTheCallerReconnects() throws Exception {
        try (RawServer server = RawServer.start(client -> {
            OutputStream out = client.getOutputStream();
            RawServer.readHead(client);
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            RawServer.readHead(client);
            client.setSoLinger(true, 0); // the second call on a connection gets RST instead of an answer
            client.close();
        })) {
            HammerPlan plan = HammerPlan.builder().calls(10).concurrency(1).keepAlive(true).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "resetting", server.uri(), line -> { });

            assertThat(result.outcomes().counts())
                    .containsExactly(Map.entry("200", 5L), Map.entry(ErrorClass.RESET.label(), 5L));
            assertThat(server.accepted()).isEqualTo(5);
        }
    }

    @Test
    void silentServerGivesResponseTimeouts() throws Exception {
        try (RawServer server = RawServer.start(client -> {
            RawServer.readHead(client);
            try {
                Thread.sleep(30_000); // answer nothing until the test closes the server
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            HammerPlan plan = HammerPlan.builder().calls(4).concurrency(2).keepAlive(true)
                    .timeout(Duration.ofMillis(300)).build();

            HammerResult result = LoadEngine.run(plan, "silent", server.uri(), line -> { });

            assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.RESPONSE_TIMEOUT.label(), 4L));
            assertThat(result.completed()).isEqualTo(4);
        }
    }

    @Test
    void closedPortGivesConnectionRefusedForEveryCall() throws IOException {
        HammerPlan plan = HammerPlan.builder().calls(6).concurrency(2).keepAlive(true).timeout(PATIENT).build();

        HammerResult result = LoadEngine.run(plan, "gone", closedPort(), line -> { });

        assertThat(result.outcomes().counts()).containsExactly(Map.entry(ErrorClass.REFUSED.label(), 6L));
        assertThat(result.sent()).isEqualTo(6);
    }

    /**
     * Refused connects end within microseconds, so a caller's chain of calls races the loop that
     * starts the other callers: without a ramp that loop once let a chain claim one call past the
     * plan (7 sent of 6 in 108 of 3000 runs). 300 rounds find that race with a chance above 99.99 %.
     */
    @Test
    void refusedCallsNeverOutrunThePlanWhileCallersStart() throws IOException {
        HammerPlan plan = HammerPlan.builder().calls(6).concurrency(2).keepAlive(true).timeout(PATIENT).build();
        URI gone = closedPort();

        for (int i = 0; i < 300; i++) {
            HammerResult result = LoadEngine.run(plan, "gone", gone, line -> { });

            assertThat(result.sent()).as("calls sent in round %d", i).isEqualTo(6);
            assertThat(result.outcomes().counts()).as("outcomes of round %d", i)
                    .containsExactly(Map.entry(ErrorClass.REFUSED.label(), 6L));
        }
    }

    /** A loopback URL on a port that was free a moment ago and has nothing listening now. */
    private static URI closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + probe.getLocalPort() + "/");
        }
    }

    @Test
    void connectionHeaderSaysCloseInAnyCaseAndAmongOtherTokens() {
        assertThat(Caller.saysClose("close")).isTrue();
        assertThat(Caller.saysClose("Keep-Alive, CLOSE")).isTrue();
        assertThat(Caller.saysClose("keep-alive")).isFalse();
        assertThat(Caller.saysClose("clos")).isFalse();
        assertThat(Caller.saysClose(null)).isFalse();
    }
}
