package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ErrorClass;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Lesson 2: hammer a server and assert on how it took it.
 *
 * <p>{@code @Hammer} on a test method runs a round of load against every server in scope before the
 * method runs: here 5000 calls from 20 callers over reused connections. The result arrives as a
 * {@link HammerResult} parameter (with one server in scope no name is needed) and the round's table is
 * printed and written under {@code target/hammerbench/}. {@code HammerAssertions.assertThat} reads
 * like the sentence you would say: at least 99.9 % succeeded, no call was refused, the 99th percentile
 * stayed under a second. Pick thresholds that must hold on a busy CI machine, not this laptop's best.
 */
@LaunchServer(name = "netty", mainClass = "dev.hammerbench.examples.servers.NettyHello", args = "{port}",
        url = "http://{host}:{port}/hello/World", versionFromServerHeader = true)
class Example02_HammerAndAssert {

    @Test
    @Hammer(calls = 5_000, concurrency = 20, keepAlive = true, timeout = "5s")
    void nettyTakesFiveThousandCalls(HammerResult netty) {
        assertThat(netty).hasSuccessRateAtLeast(0.999);
        assertThat(netty).hasOutcomeCount(ErrorClass.REFUSED.label(), 0);
        assertThat(netty).hasStatusCount(404, 0);
        assertThat(netty).latency().p99LessThan(Duration.ofSeconds(1));
    }
}
