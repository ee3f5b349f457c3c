package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ServerResult;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lesson 5: guard memory growth, the seed's favourite finding.
 *
 * <p>Every round measures each server's memory after a settle delay before and after the load, and the
 * peak during it; a {@link ServerResult} parameter carries all three. A JVM's first round mostly
 * measures the JVM growing into its work (heap, JIT code, classes), not a leak. So pin the heap
 * ({@code -Xms} = {@code -Xmx}, pre-touched), spend a first round warming up, and guard the second:
 * measured here, Jetty grew 4 to 28 MiB in its first 20,000 calls and about 1 MiB in the next
 * 20,000. A leak of a kilobyte a call would add 20 MiB.
 */
@LaunchServer(name = "jetty", mainClass = "dev.hammerbench.examples.servers.JettyHello", args = "{port}",
        jvmArgs = {"-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC"},
        url = "http://{host}:{port}/hello/World", versionFromServerHeader = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Example05_GuardMemoryGrowth {

    @Test
    @Order(1)
    @Hammer(calls = 20_000, concurrency = 20, keepAlive = true, timeout = "5s")
    void warmUp(HammerResult jetty) {
        assertThat(jetty).hasSuccessRateAtLeast(0.99);
    }

    @Test
    @Order(2)
    @Hammer(calls = 20_000, concurrency = 20, keepAlive = true, timeout = "5s")
    void aWarmJettyDoesNotGrow(ServerResult jetty) {
        assertThat(jetty).hasSuccessRateAtLeast(0.99);
        assertThat(jetty).memory().growsLessThanMiB(10);
        assertThat(jetty).memory().peaksLessThanMiB(256);
    }
}
