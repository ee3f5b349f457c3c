package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.junit.Server;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import org.junit.jupiter.api.Test;

/**
 * Lesson 3: compare two servers in one round.
 *
 * <p>Declare two {@code @LaunchServer}s and each gets the same load, one after the other, and one
 * table shows them side by side. Here the "two servers" are the same JDK server before and after a
 * change that makes every request block for 20 ms: the question a comparison answers in real life
 * ("what did my change cost?"). Both set {@code sun.net.httpserver.nodelay}: out of the box the JDK
 * server answers in two TCP writes and waits out the client's delayed ACK, about 40 ms a call, which
 * would blur the 20 ms this example is about. Ask for the whole {@link Comparison}, or pick single
 * results with {@link Server @Server("name")}; either way assert a factor the slower side cannot
 * reach by luck ("faster" compares throughput).
 */
@LaunchServer(name = "plain", mainClass = "dev.hammerbench.examples.servers.JdkHttpServerHello",
        args = "{port}", jvmArgs = "-Dsun.net.httpserver.nodelay=true", url = "http://{host}:{port}/hello/World")
@LaunchServer(name = "delayed", mainClass = "dev.hammerbench.examples.servers.JdkHttpServerHello",
        args = {"{port}", "20"}, jvmArgs = "-Dsun.net.httpserver.nodelay=true",
        url = "http://{host}:{port}/hello/World")
class Example03_CompareTwo {

    @Test
    @Hammer(calls = 300, concurrency = 10, keepAlive = true, timeout = "10s")
    void theDelayShowsInTheComparison(Comparison comparison) {
        assertThat(comparison).hasServers("plain", "delayed");
        assertThat(comparison).everyServer().hasSuccessRateAtLeast(0.99);
        assertThat(comparison).server("plain").isFasterThan("delayed", 3);
    }

    @Test
    @Hammer(calls = 300, concurrency = 10, keepAlive = true, timeout = "10s")
    void orPickEachSideByName(@Server("plain") ServerResult plain, @Server("delayed") ServerResult delayed) {
        assertThat(plain).isFasterThan(delayed, 3);
    }
}
