package com.example.greeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.assertj.HammerAssertions;
import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;

/**
 * What a Spring Boot 3.5 user writes: one server, one round, assertions on the result. The second
 * nested class checks what the user cannot see but relies on: the first class's server was stopped
 * when that class ended (on JUnit 5.12 too, which closes only its older kind of stored resource).
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class GreetingLoadTest {

    static final Map<String, ServerInfo> LAUNCHED = new ConcurrentHashMap<>();

    @Nested
    @Order(1)
    @LaunchServer(name = "greeting", mainClass = "com.example.greeting.GreetingServer", args = "{port}",
            url = "http://127.0.0.1:{port}/greeting")
    class UnderLoad {

        @Test
        @Hammer(calls = 2000, concurrency = 8, timeout = "1s")
        void everyCallIsAnswered(ServerInfo greeting, Comparison round) {
            LAUNCHED.put("greeting", greeting);
            HammerAssertions.assertThat(round).everyServer().hasSuccessRateAtLeast(0.99);
            HammerAssertions.assertThat(round).server("greeting").latency().p99LessThan(Duration.ofMillis(500));
            // the report files are written whatever the JUnit version (publishFile or not)
            Path reports = Path.of("target/hammerbench", UnderLoad.class.getName(), "everyCallIsAnswered");
            assertThat(reports.resolve("report.html")).isNotEmptyFile();
            assertThat(reports.resolve("results.json")).isNotEmptyFile();
        }
    }

    @Nested
    @Order(2)
    class AfterwardsTheServerIsGone {

        @Test
        void theServerOfTheFirstClassWasStopped() {
            ServerInfo greeting = LAUNCHED.get("greeting");
            assertThat(greeting).as("the first class ran").isNotNull();
            assertThat(ProcessHandle.of(greeting.pid().getAsLong()).filter(ProcessHandle::isAlive))
                    .as("pid %d of the greeting server, after its class ended", greeting.pid().getAsLong()).isEmpty();
            assertThat(ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains(GreetingServer.class.getName())))
                    .as("greeting server processes left").isEmpty();
        }
    }
}
