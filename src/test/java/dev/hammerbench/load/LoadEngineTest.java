package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.HammerResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LoadEngineTest {

    private final List<String> progress = new CopyOnWriteArrayList<>();

    @Test
    void serverAnsweringIn20msHasP50Between20And25ms() throws Exception {
        try (TestServerProcess server = TestServerProcess.start("--delay-ms", "20")) {
            HammerPlan plan = HammerPlan.builder().calls(400).concurrency(8).keepAlive(true).warmup(100).build();

            HammerResult result = LoadEngine.run(plan, "delayed", server.uri(), progress::add);

            assertThat(result.sent()).isEqualTo(400);
            assertThat(result.completed()).isEqualTo(400);
            assertThat(result.succeeded()).isEqualTo(400);
            assertThat(result.latency().count()).isEqualTo(400);
            assertThat(result.latency().p50()).isBetween(Duration.ofMillis(20), Duration.ofMillis(25));
        }
    }
}
