package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.HammerResult;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Lesson 7: write the round you mean, scale it down where time is short.
 *
 * <p>Annotations carry the full-size round. A run can shrink every round's calls, duration and
 * warm-up by one factor, without touching the tests:
 * <ul>
 *   <li>on the command line: {@code mvn -f example-tests/pom.xml test -Dhammerbench.calls.scale=0.1}
 *       (Surefire hands {@code -D} properties to the test JVM, and JUnit reads configuration
 *       parameters from system properties);</li>
 *   <li>for every run of a project: the line {@code hammerbench.calls.scale=0.1} in
 *       {@code src/test/resources/junit-platform.properties}.</li>
 * </ul>
 * {@code hammerbench.calls} and {@code hammerbench.timeout} override calls and timeout the same way.
 * The plan in every result (and in every table's footer) says which factor a round ran with, so
 * thresholds stay honest: rates and percentiles, not absolute counts.
 */
@LaunchServer(name = "netty", mainClass = "dev.hammerbench.examples.servers.NettyHello", args = "{port}",
        url = "http://{host}:{port}/hello/World", versionFromServerHeader = true)
class Example07_ScaleDownForCi {

    private static final long CALLS = 100_000;

    @Test
    @Hammer(calls = CALLS, concurrency = 50, keepAlive = true, timeout = "5s")
    void aBigRoundThatCiMayScaleDown(HammerResult netty) {
        double scale = netty.plan().scale();
        Assertions.assertThat(netty.plan().calls()).as("calls after scaling by %s", scale)
                .isCloseTo(Math.round(CALLS * scale), Offset.offset(1L));
        Assertions.assertThat(netty.sent()).isEqualTo(netty.plan().calls());
        assertThat(netty).hasSuccessRateAtLeast(0.999);
    }
}
