package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.junit.Server;
import dev.hammerbench.result.ServerResult;
import org.junit.jupiter.api.Test;

/**
 * Lesson 9: two builds of the same server side by side, and the regression caught.
 *
 * <p>"accepted" is the build the team shipped; "candidate" is the same source started with a flag
 * that makes every request 10 ms slower, the kind of change a new dependency or a forgotten log call
 * brings. Both run in one round, five times each, interleaved (A B A B ...), so a drift on the
 * machine hits both alike. The guard a CI build wants is {@code isNotSignificantlySlowerThan}: it
 * fails only when Mann-Whitney U over the rounds finds the other build faster, so noise does not
 * fail a build, and a real slowdown does. Here it must fail: the example asserts that the guard
 * catches the candidate, with the numbers in its message.
 */
@LaunchServer(name = "accepted", mainClass = "dev.hammerbench.examples.servers.JdkHttpServerHello",
        args = "{port}", jvmArgs = "-Dsun.net.httpserver.nodelay=true", url = "http://{host}:{port}/hello/World")
@LaunchServer(name = "candidate", mainClass = "dev.hammerbench.examples.servers.JdkHttpServerHello",
        args = {"{port}", "10"}, jvmArgs = "-Dsun.net.httpserver.nodelay=true", url = "http://{host}:{port}/hello/World")
class Example09_TwoBuildsSideBySide {

    @Test
    @Hammer(calls = 100, concurrency = 4, keepAlive = true, warmup = "20", rounds = 5, timeout = "10s")
    void theSlowerCandidateIsCaught(@Server("accepted") ServerResult accepted, @Server("candidate") ServerResult candidate) {
        assertThat(accepted).isNotSignificantlySlowerThan(candidate);
        assertThatThrownBy(() -> assertThat(candidate).isNotSignificantlySlowerThan(accepted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("throughput of server \"candidate\"");
    }
}
