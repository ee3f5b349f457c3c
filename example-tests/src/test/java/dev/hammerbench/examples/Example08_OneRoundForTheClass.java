package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.junit.Server;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Lesson 8: one round for the whole class, many small tests on it.
 *
 * <p>{@code @Hammer} on the class runs a single round before the class's first test, and every test
 * that asks for results gets that same round: one load, one table, several focused assertions, each
 * reported as its own test. Pay for the load once, and let each test name one promise your server
 * keeps. (A test with its own {@code @Hammer} gets its own round instead.)
 */
@LaunchServer(name = "jetty", mainClass = "dev.hammerbench.examples.servers.JettyHello", args = "{port}",
        url = "http://{host}:{port}/hello/World", versionFromServerHeader = true)
@LaunchServer(name = "undertow", mainClass = "dev.hammerbench.examples.servers.UndertowHello", args = "{port}",
        url = "http://{host}:{port}/hello/World", versionFromServerHeader = true)
@Hammer(calls = 5_000, concurrency = 20, keepAlive = true, warmup = "500", timeout = "5s")
class Example08_OneRoundForTheClass {

    @Test
    void everyCallSucceeds(Comparison round) {
        assertThat(round).everyServer().hasNoErrors().hasSuccessRateAtLeast(0.999);
    }

    @Test
    void latencyStaysLow(Comparison round) {
        // a loaded 2-core CI machine, not a tuned box: a limit that must always hold
        assertThat(round).everyServer().latency().p99LessThan(Duration.ofSeconds(1));
    }

    @Test
    void memoryStaysWithinTheHeapCap(@Server("jetty") ServerResult jetty, @Server("undertow") ServerResult undertow) {
        assertThat(jetty).memory().peaksLessThanMiB(512);
        assertThat(undertow).memory().peaksLessThanMiB(512);
    }
}
