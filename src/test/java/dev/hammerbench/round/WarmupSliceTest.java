package dev.hammerbench.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.result.HammerResult;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine warm-up's slice taken through a round's readings ({@link MeasuredRound#warmupSlice}):
 * against a real HTTP server on a free loopback port, every call of the slice reaches the server and
 * the engine's own result comes back unchanged by the readings around it.
 */
@Timeout(60)
class WarmupSliceTest {

    @Test
    void aSliceSendsItsCallsThroughTheRoundsReadingsAndReturnsTheEnginesResult() throws Exception {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", exchange -> {
            served.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            HammerPlan slice = HammerPlan.builder().calls(300).concurrency(3).keepAlive(true)
                    .timeout(Duration.ofSeconds(5)).build();
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");

            HammerResult result = MeasuredRound.warmupSlice(slice, uri);

            assertThat(result.sent()).isEqualTo(300);
            assertThat(result.succeeded()).isEqualTo(300);
            assertThat(served.get()).isEqualTo(300);
        } finally {
            server.stop(0);
        }
    }
}
