package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ErrorClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The engine against real TestServer processes on loopback. */
@Timeout(120)
class LoadEngineTest {

    /** Far above any answer here, so a loaded build machine cannot turn a slow answer into an error. */
    private static final Duration PATIENT = Duration.ofSeconds(10);

    private final List<String> progress = new CopyOnWriteArrayList<>();

    @Test
    void serverAnsweringIn20msBoundsEveryLatencyAndTheRoundFromBelow() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--delay-ms", "20")) {
            HammerPlan plan = HammerPlan.builder().calls(400).concurrency(8).keepAlive(true).warmup(100).build();

            HammerResult result = LoadEngine.run(plan, "delayed", server.uri(), progress::add);

            assertThat(result.sent()).isEqualTo(400);
            assertThat(result.completed()).isEqualTo(400);
            assertThat(result.succeeded()).isEqualTo(400);
            assertThat(result.latency().count()).isEqualTo(400);
            // the server sleeps 20 ms before it answers: no call can be faster, however busy the machine
            // (how close the p50 comes to 20 ms on a quiet machine is the load benchmark's figure)
            assertThat(result.latency().min()).isGreaterThanOrEqualTo(Duration.ofMillis(20));
            assertThat(result.latency().p50()).isBetween(result.latency().min(), result.latency().p99());
            assertThat(result.latency().p99()).isLessThanOrEqualTo(result.latency().max());
            // 8 connections, each one call after another: 400 calls take at least 400 / 8 x 20 ms
            assertThat(result.wall()).isGreaterThanOrEqualTo(Duration.ofMillis(400 / 8 * 20));
        }
    }

    @Test
    void serverAlternating200And503GivesTheExactHistogram() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--statuses", "200,503")) {
            HammerPlan plan = HammerPlan.builder().calls(1000).concurrency(10).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "flaky", server.uri(), progress::add);

            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 500L), Map.entry("503", 500L));
            assertThat(result.outcomes().samples()).isEmpty();
            assertThat(result.sent()).isEqualTo(1000);
            assertThat(result.completed()).isEqualTo(1000);
            assertThat(result.succeeded()).isEqualTo(500);
            assertThat(result.successRate()).isEqualTo(0.5);
            assertThat(result.latency().count()).isEqualTo(1000);
            // a new connection per call, through the pool: the I/O thread's busy share is measured there too
            assertThat(result.harnessBusy()).isPresent();
            assertThat(result.harnessBusy().getAsDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void expectStatusDecidesWhatSucceeds() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--statuses", "200,503,404")) {
            HammerPlan plan = HammerPlan.builder().calls(300).concurrency(4).keepAlive(true).expectStatus(503, 404)
                    .timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "flaky", server.uri(), progress::add);

            assertThat(result.outcomes().counts())
                    .containsExactly(Map.entry("200", 100L), Map.entry("404", 100L), Map.entry("503", 100L));
            assertThat(result.succeeded()).isEqualTo(200);
        }
    }

    @Test
    void seedRoundAllCallsAtOnceOnNewConnectionsAllSucceed() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--threads", "32")) {
            HammerResult result = LoadEngine.run(HammerPlan.builder().timeout(PATIENT).build(), "seed",
                    server.uri(), progress::add);

            assertThat(result.plan().calls()).isEqualTo(2000);
            assertThat(result.plan().concurrency()).isZero();
            assertThat(result.plan().keepAlive()).isFalse();
            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 2000L));
            assertThat(result.succeeded()).isEqualTo(2000);
        }
    }

    @Test
    void roundLongerThanTwoSecondsTellsProgressEveryTwoSeconds() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--delay-ms", "5")) {
            HammerPlan plan = HammerPlan.builder().duration(Duration.ofMillis(4500)).concurrency(4).keepAlive(true)
                    .timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "steady", server.uri(), progress::add);

            // one line per 2 s tick while the round runs (a starved timer fires late, never extra)
            assertThat(progress).hasSizeBetween(1, (int) (result.wall().toMillis() / 2000));
            assertThat(progress).allSatisfy(line -> assertThat(line)
                    .matches("steady: \\d+ calls, \\d+\\.\\d s of 4\\.5 s, \\d+ calls/s, 0 errors, \\d+ in flight"));
            assertThat(result.plan().duration()).contains(Duration.ofMillis(4500));
            assertThat(result.plan().calls()).isZero();
            assertThat(result.completed()).isEqualTo(result.sent()).isPositive();
            // no call starts after 4.5 s, and the ones in flight then end within their timeouts: before the hard deadline
            assertThat(result.wall()).isBetween(Duration.ofMillis(4500), Duration.ofNanos(Budget.hardNanos(plan, 0, 4)));
        }
    }

    @Test
    void progressLinesOfARoundBoundedByCallsCountTowardTheTotal() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--delay-ms", "10")) {
            HammerPlan plan = HammerPlan.builder().calls(500).concurrency(2).keepAlive(true).timeout(PATIENT).build();

            LoadEngine.run(plan, "slow", server.uri(), progress::add);

            assertThat(progress).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .matches("slow: \\d+/500 calls, \\d+ calls/s, 0 errors, \\d+ in flight"));
        }
    }

    @Test
    void openModelSendsAtTheGivenRate() throws Exception {
        try (TestServerProcess server = TestServerProcess.start()) {
            HammerPlan plan = HammerPlan.builder().calls(200).rate(100).keepAlive(true).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "paced", server.uri(), progress::add);

            assertThat(result.succeeded()).isEqualTo(200);
            // 200 calls due over 1.99 s, none sent early; the last one's answer, within its timeouts, ends the round
            assertThat(result.wall()).isBetween(Duration.ofMillis(1990),
                    Duration.ofNanos(Budget.hardNanos(plan, 200, Budget.connections(plan))));
            assertThat(result.plan().openModel()).isTrue();
        }
    }

    @Test
    void severalEnginesRunAtOnceWithoutMixingTheirCounts() throws Exception {
        try (TestServerProcess ok = TestServerProcess.start();
                TestServerProcess failing = TestServerProcess.start("--statuses", "500")) {
            HammerPlan plan = HammerPlan.builder().calls(1500).concurrency(20).keepAlive(true).timeout(PATIENT).build();

            CompletableFuture<HammerResult> first = CompletableFuture.supplyAsync(
                    () -> LoadEngine.run(plan, "ok", ok.uri(), progress::add));
            CompletableFuture<HammerResult> second = CompletableFuture.supplyAsync(
                    () -> LoadEngine.run(plan, "failing", failing.uri(), progress::add));

            assertThat(first.get().outcomes().counts()).containsExactly(Map.entry("200", 1500L));
            assertThat(second.get().outcomes().counts()).containsExactly(Map.entry("500", 1500L));
            assertThat(second.get().succeeded()).isZero();
        }
    }

    @Test
    void postsTheBodyAndHeadersToThePath() throws Exception {
        try (TestServerProcess server = TestServerProcess.start()) {
            HammerPlan plan = HammerPlan.builder().calls(50).concurrency(5).method("post").path("/burn?ms=1")
                    .header("X-Test", "yes").body("{\"a\":1}").timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "post", server.uri(), progress::add);

            assertThat(result.target()).isEqualTo(server.uri().resolve("/burn?ms=1").toString());
            assertThat(result.plan().method()).isEqualTo("POST");
            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 50L));
            assertThat(result.outcomes().count(ErrorClass.PROTOCOL.label())).isZero();
        }
    }

    @Test
    void warmupCallsAreNotCounted() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--statuses", "500,500,500,200")) {
            // the first 300 calls (warm-up) take 3 full cycles of the status list... then 100 counted calls
            HammerPlan plan = HammerPlan.builder().calls(100).warmup(300).concurrency(1).keepAlive(true).timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "warm", server.uri(), progress::add);

            assertThat(result.sent()).isEqualTo(100);
            assertThat(result.outcomes().counts()).containsExactly(Map.entry("200", 25L), Map.entry("500", 75L));
            assertThat(result.plan().warmup()).isEqualTo(300);
        }
    }

    @Test
    void aWarmupDurationSendsUntilItEndsAndIsNotCounted() throws Exception {
        try (RawServer server = oneCallPerConnection()) {
            HammerPlan plan = HammerPlan.builder().calls(50).concurrency(2).warmup(Duration.ofMillis(300))
                    .timeout(PATIENT).build();

            HammerResult result = LoadEngine.run(plan, "warm for", server.uri(), progress::add);

            assertThat(result.sent()).isEqualTo(50);
            assertThat(result.succeeded()).isEqualTo(50);
            assertThat(server.accepted()).isGreaterThan(50);
            assertThat(result.plan().warmupDuration()).contains(Duration.ofMillis(300));
            assertThat(result.plan().warmup()).isZero();
        }
    }

    @Test
    void beforeCountedRunsOnceTheWarmupIsOverAndBeforeTheFirstCountedCall() throws Exception {
        try (RawServer server = oneCallPerConnection()) {
            HammerPlan plan = HammerPlan.builder().calls(20).concurrency(2).warmup(30).timeout(PATIENT).build();
            List<Integer> acceptedThen = new java.util.concurrent.CopyOnWriteArrayList<>();

            HammerResult result = LoadEngine.run(plan, "marks", server.uri(), progress::add,
                    () -> acceptedThen.add(server.accepted()));

            assertThat(acceptedThen).as("every warm-up call had arrived, and no counted one").containsExactly(30);
            assertThat(result.sent()).isEqualTo(20);
            assertThat(server.accepted()).isEqualTo(50);
        }
    }

    @Test
    void withoutAWarmupBeforeCountedStillRunsOnceBeforeAnyCall() throws Exception {
        try (RawServer server = oneCallPerConnection()) {
            HammerPlan plan = HammerPlan.builder().calls(10).concurrency(2).timeout(PATIENT).build();
            List<Integer> acceptedThen = new java.util.concurrent.CopyOnWriteArrayList<>();

            LoadEngine.run(plan, "no warm-up", server.uri(), progress::add, () -> acceptedThen.add(server.accepted()));

            assertThat(acceptedThen).containsExactly(0);
            assertThat(server.accepted()).isEqualTo(10);
        }
    }

    /** Answers 200 and closes: one connection per call, so the connections it accepted count every call it got. */
    private static RawServer oneCallPerConnection() throws java.io.IOException {
        return RawServer.start(client -> {
            RawServer.readHead(client);
            client.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            client.close();
        });
    }

    @Test
    void runsLeaveNoThreadsBehind() throws Exception {
        try (TestServerProcess server = TestServerProcess.start()) {
            for (HammerPlan plan : List.of(HammerPlan.builder().calls(200).concurrency(4).keepAlive(true).timeout(PATIENT)
                    .build(), HammerPlan.builder().calls(200).rate(200).timeout(PATIENT).build())) {
                LoadEngine.run(plan, "tidy", server.uri(), progress::add);
            }

            // the reactor's own executor thread may take a moment to exit after the client closed
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (engineThreads() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .noneMatch(LoadEngineTest::engineThread);
        }
    }

    private static long engineThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(LoadEngineTest::engineThread)
                .count();
    }

    private static boolean engineThread(String name) {
        return name.startsWith("httpclient-") || name.startsWith("hammer-");
    }
}
