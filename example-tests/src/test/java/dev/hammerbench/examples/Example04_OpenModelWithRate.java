package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.HammerResult;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Lesson 4: fire at a fixed rate (the open model).
 *
 * <p>By default callers send their next call when the last one returns (the closed model): when the
 * server stalls, the callers wait with it and the stall hides from the latency figures (coordinated
 * omission). With {@code rate} calls are sent on a schedule, whatever the server does, and each
 * latency counts from the moment its call was due, as wrk2 measures. So the percentiles below are what
 * users arriving at 200 a second would see. Bound the round by {@code duration} instead of calls.
 */
@LaunchServer(name = "undertow", mainClass = "dev.hammerbench.examples.servers.UndertowHello", args = "{port}",
        url = "http://{host}:{port}/hello/World", versionFromServerHeader = true)
class Example04_OpenModelWithRate {

    @Test
    @Hammer(rate = 200, duration = "5s", keepAlive = true, timeout = "5s")
    void undertowKeepsUpWithTwoHundredCallsASecond(HammerResult undertow) {
        Assertions.assertThat(undertow.plan().openModel()).as("an open-model plan").isTrue();
        assertThat(undertow).hasSuccessRateAtLeast(0.99);
        // It keeps up: close to the rate asked for (a busy machine may lag a little behind the schedule).
        assertThat(undertow).hasThroughputAtLeast(150);
        assertThat(undertow).latency().p50LessThan(Duration.ofMillis(200));
        assertThat(undertow).latency().p99LessThan(Duration.ofSeconds(1));
    }
}
