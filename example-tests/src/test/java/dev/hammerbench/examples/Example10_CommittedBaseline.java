package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.junit.Server;
import dev.hammerbench.result.ServerResult;
import org.junit.jupiter.api.Test;

/**
 * Lesson 10: a baseline committed with the tests.
 *
 * <p>{@code src/test/resources/hammerbench/dev.hammerbench.examples.Example10_CommittedBaseline/staysAsFast.json}
 * was written by {@code mvn test -Dtest=Example10_CommittedBaseline -Dhammerbench.baseline=update} and
 * committed. Every later run compares with it: the report gets a "vs baseline" table, and the checks
 * below hold the server to it.
 *
 * <p>The file also holds the fingerprint of the machine it was recorded on. Run this on another
 * machine (your laptop, a CI runner) and the report says NOT COMPARABLE, listing what differs, and
 * the checks are skipped, saying why: a slower machine is not a slower server. That is why this test
 * passes everywhere and only judges on the machine the baseline came from. To guard on CI, record the
 * baseline on CI (a job with {@code -Dhammerbench.baseline=update} whose file you commit). The limits
 * here are wide because the point is the mechanism, not this server; tighten them for your own.
 */
@LaunchServer(name = "hello", mainClass = "dev.hammerbench.examples.servers.JdkHttpServerHello",
        args = "{port}", jvmArgs = {"-Dsun.net.httpserver.nodelay=true", "-Xms32m", "-Xmx32m"},
        url = "http://{host}:{port}/hello/World")
class Example10_CommittedBaseline {

    @Test
    @Hammer(calls = 5_000, concurrency = 4, keepAlive = true, warmup = "3_000", rounds = 5, timeout = "10s")
    void staysAsFast(@Server("hello") ServerResult hello) {
        assertThat(hello).hasSuccessRateAtLeast(0.99);
        assertThat(hello).comparedToBaseline().throughput().dropsAtMostPercent(60);
        assertThat(hello).comparedToBaseline().memory().rssAfter().growsAtMostMiB(64);
    }
}
