package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ServerInfo;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lesson 6: a server for one test method only.
 *
 * <p>{@code @LaunchServer} on a method starts the server just before that method and stops it right
 * after: a fresh process for a test that must not share one (a test that changes the server's state,
 * or measures a cold start). Its {@code @Hammer} round and parameters see only the servers in scope:
 * this method's, plus any declared on the class. The second method checks that the first one's server
 * is gone by the time it runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Example06_MethodLevelServer {

    /** The pid of the first method's server, for the second method to look for. */
    private static volatile long firstServerPid = -1;

    @Test
    @Order(1)
    @LaunchServer(name = "undertow", mainClass = "dev.hammerbench.examples.servers.UndertowHello",
            args = "{port}", url = "http://{host}:{port}/hello/World")
    @Hammer(calls = 2_000, concurrency = 10, keepAlive = true, timeout = "5s")
    void aColdUndertowForThisMethod(ServerInfo undertow, HammerResult result) {
        firstServerPid = undertow.pid().getAsLong();
        Assertions.assertThat(ProcessHandle.of(undertow.pid().getAsLong()).map(ProcessHandle::isAlive)).contains(true);
        assertThat(result).hasSuccessRateAtLeast(0.99);
    }

    @Test
    @Order(2)
    @LaunchServer(name = "jdk", mainClass = "dev.hammerbench.examples.servers.JdkHttpServerHello",
            args = "{port}", url = "http://{host}:{port}/hello/World")
    void theFirstServerIsGoneAndThisOneRuns(ServerInfo jdk) throws InterruptedException {
        Assertions.assertThat(firstServerPid).as("pid of the first method's server").isPositive();
        Assertions.assertThat(waitUntilGone(firstServerPid, Duration.ofSeconds(10)))
                .as("the first method's server (pid %d) has stopped", firstServerPid)
                .isTrue();
        Assertions.assertThat(jdk.pid().getAsLong()).isNotEqualTo(firstServerPid);
        Assertions.assertThat(ProcessHandle.of(jdk.pid().getAsLong()).map(ProcessHandle::isAlive)).contains(true);
    }

    /** Stopping is confirmed before the next method starts; the grace period only absorbs a slow reap. */
    private static boolean waitUntilGone(long pid, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !process.get().isAlive()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
