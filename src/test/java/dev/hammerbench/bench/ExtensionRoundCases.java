package dev.hammerbench.bench;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.Comparison;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's round through the extension, as a user writes it: nginx launched by
 * {@code @LaunchServer} (bench/nginx.sh, the same configuration the other tools hit), 50
 * keep-alive callers for 10 s (scaled by the bench's --seconds). Run by {@link ExtensionRun}
 * through the JUnit Platform; not a test Surefire picks up (no Test suffix).
 */
@LaunchServer(name = "nginx", command = {"bash", "bench/nginx.sh", "{port}"}, url = "http://127.0.0.1:{port}/")
public class ExtensionRoundCases {

    static volatile Comparison last;

    @Test
    @Hammer(duration = "10s", concurrency = ExtensionRun.CONNECTIONS, keepAlive = true, settle = "0s")
    void hammer(Comparison round) {
        last = round;
    }
}
