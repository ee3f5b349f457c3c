package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.ServerInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** @LaunchServer end to end: real processes, class and method lifecycles, readiness, versions, injection. */
class LaunchServerTest {

    static final String TEST_SERVER = "dev.hammerbench.testserver.TestServer";
    static final List<ServerInfo> SEEN = new CopyOnWriteArrayList<>();
    static final Map<String, Object> FACTS = new ConcurrentHashMap<>();

    @BeforeEach
    void reset() {
        SEEN.clear();
        FACTS.clear();
    }

    @AfterEach
    void killLeftovers() {
        SEEN.forEach(server -> Processes.killGroup(server.pid().getAsLong()));
    }

    @Test
    void classServersStartInDeclaredOrderLiveForTheClassAndStopAfterIt() {
        EngineExecutionResults results = HammerbenchTestKit.run(ClassLifecycleTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.get(0)).isEqualTo(SEEN.get(2));
        assertThat(SEEN.get(1)).isEqualTo(SEEN.get(3));
        ServerInfo jvm = SEEN.get(0);
        ServerInfo python = SEEN.get(1);
        assertThat(jvm.name()).isEqualTo("jvm");
        assertThat(python.name()).isEqualTo("python");
        assertThat((Instant) FACTS.get("jvm.start")).isBefore((Instant) FACTS.get("python.start"));
        assertThat(jvm.baseUri().toString()).isEqualTo("http://127.0.0.1:" + jvm.port() + "/");
        assertThat(jvm.logFile().orElseThrow().toString().replace('\\', '/'))
                .endsWith("logs/" + ClassLifecycleTestCases.class.getName() + "/jvm.log");
        assertThat(jvm.startupTime().orElseThrow()).isPositive();
        assertThat(FACTS).containsEntry("beforeAll.port", jvm.port()).containsEntry("beforeEach.name", "python");
        for (ServerInfo server : List.of(jvm, python)) {
            assertThat(Processes.survivors(server.pid().getAsLong(), List.of(server.pid().getAsLong()), Duration.ofSeconds(10)))
                    .as("processes of %s left after the class", server.name()).isEmpty();
        }
    }

    @Test
    void methodServersLiveForTheirMethodOnly() {
        EngineExecutionResults results = HammerbenchTestKit.run(MethodLifecycleTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0).pid()).isNotEqualTo(SEEN.get(1).pid());
        assertThat(FACTS).containsEntry("first alive during second", false);
        assertThat(SEEN.get(0).logFile().orElseThrow().toString().replace('\\', '/'))
                .contains("/" + MethodLifecycleTestCases.class.getName() + "/").endsWith("/m.log");
        SEEN.forEach(server -> assertThat(Processes.survivors(server.pid().getAsLong(), List.of(server.pid().getAsLong()), Duration.ofSeconds(10)))
                .isEmpty());
    }

    @Test
    void aSlowStarterIsWaitedFor() {
        EngineExecutionResults results = HammerbenchTestKit.run(SlowStarterTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(SEEN.get(0).startupTime().orElseThrow()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void readinessByPortLogLineAndHttpStatusAndTheThreeVersionSources() {
        EngineExecutionResults results = HammerbenchTestKit.run(ReadinessTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(SEEN).extracting(ServerInfo::displayName)
                .containsExactly("by-port 1.2.3", "by-log", "by-status TestServer/9.9", "by-command 4.5.6");
    }

    @Test
    void aFixedPortIsUsedAsGiven() {
        Map<Integer, Class<?>> byPort = Map.of(FixedPorts.FIRST, FixedPortTestCases.class,
                FixedPorts.SECOND, FixedPortTestCases2.class, FixedPorts.THIRD, FixedPortTestCases3.class);
        int used = FixedPorts.use(port -> {
            SEEN.clear();
            // another program may take the port between the probe and the launch: then the next one
            return HammerbenchTestKit.run(byPort.get(port)).testEvents().succeeded().count() == 1;
        }, FixedPorts.FIRST, FixedPorts.SECOND, FixedPorts.THIRD);

        assertThat(SEEN).hasSize(1);
        assertThat(SEEN.get(0).port()).isEqualTo(used);
        assertThat(SEEN.get(0).baseUri().getPort()).isEqualTo(used);
    }

    @LaunchServer(name = "fixed", mainClass = TEST_SERVER, port = FixedPorts.FIRST, args = {"--port", "{port}"})
    static class FixedPortTestCases {

        @Test
        void fixed(ServerInfo fixed) {
            answersOnItsPort(fixed);
        }

        static void answersOnItsPort(ServerInfo fixed) {
            assertThat(get(fixed.baseUri())).isEqualTo("200 Hello World");
            SEEN.add(fixed);
        }
    }

    @LaunchServer(name = "fixed", mainClass = TEST_SERVER, port = FixedPorts.SECOND, args = {"--port", "{port}"})
    static class FixedPortTestCases2 {

        @Test
        void fixed(ServerInfo fixed) {
            FixedPortTestCases.answersOnItsPort(fixed);
        }
    }

    @LaunchServer(name = "fixed", mainClass = TEST_SERVER, port = FixedPorts.THIRD, args = {"--port", "{port}"})
    static class FixedPortTestCases3 {

        @Test
        void fixed(ServerInfo fixed) {
            FixedPortTestCases.answersOnItsPort(fixed);
        }
    }

    static String get(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body().strip();
        } catch (IOException e) {
            return "failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @TestMethodOrder(MethodOrderer.MethodName.class)
    @LaunchServer(name = "jvm", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    @LaunchServer(name = "python", command = {"python3", "-m", "http.server", "--bind", "{host}", "{port}"})
    static class ClassLifecycleTestCases {

        @BeforeAll
        static void beforeAll(@Server("jvm") ServerInfo jvm) {
            FACTS.put("beforeAll.port", jvm.port());
        }

        @BeforeEach
        void beforeEach(@Server("python") ServerInfo python) {
            FACTS.put("beforeEach.name", python.name());
        }

        @Test
        void first(@Server("jvm") ServerInfo jvm, @Server("python") ServerInfo python) {
            SEEN.add(jvm);
            SEEN.add(python);
            FACTS.put("jvm.start", ProcessHandle.of(jvm.pid().getAsLong()).orElseThrow().info().startInstant().orElseThrow());
            FACTS.put("python.start", ProcessHandle.of(python.pid().getAsLong()).orElseThrow().info().startInstant().orElseThrow());
            assertThat(get(jvm.baseUri())).isEqualTo("200 Hello World");
            assertThat(get(python.baseUri())).startsWith("200 ");
        }

        @Test
        void second(@Server("jvm") ServerInfo jvm, @Server("python") ServerInfo python) {
            SEEN.add(jvm);
            SEEN.add(python);
            assertThat(Processes.alive(jvm.pid().getAsLong())).isTrue();
        }
    }

    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class MethodLifecycleTestCases {

        @Test
        @LaunchServer(name = "m", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        void first(ServerInfo server) {
            SEEN.add(server);
            assertThat(get(server.baseUri())).isEqualTo("200 Hello World");
        }

        @Test
        @LaunchServer(name = "m", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        void second(ServerInfo server) {
            if (!SEEN.isEmpty()) {
                FACTS.put("first alive during second", !Processes.group(SEEN.get(0).pid().getAsLong()).isEmpty());
            }
            SEEN.add(server);
        }
    }

    @LaunchServer(name = "slow", mainClass = TEST_SERVER, args = {"--port", "{port}", "--ready-after-ms", "3000"})
    static class SlowStarterTestCases {

        @Test
        void waited(ServerInfo slow) {
            SEEN.add(slow);
            assertThat(get(slow.baseUri())).isEqualTo("200 Hello World");
        }
    }

    @LaunchServer(name = "by-port", mainClass = TEST_SERVER, args = {"--port", "{port}"},
            readiness = LaunchServer.Readiness.PORT, version = "1.2.3")
    @LaunchServer(name = "by-log", mainClass = TEST_SERVER, args = {"--port", "{port}", "--ready-after-ms", "500"},
            readiness = LaunchServer.Readiness.LOG_LINE, readyLogLine = "listening on \\d+")
    @LaunchServer(name = "by-status", mainClass = TEST_SERVER,
            args = {"--port", "{port}", "--server-header", "TestServer/9.9"},
            readyPath = "/burn?ms=1", readyStatus = 200, versionFromServerHeader = true)
    @LaunchServer(name = "by-command", mainClass = TEST_SERVER, args = {"--port", "{port}"},
            env = {"HB_PORT={port}"}, versionCommand = {"sh", "-c", "echo 4.5.6; echo not this"})
    static class ReadinessTestCases {

        @Test
        void allReady(@Server("by-port") ServerInfo port, @Server("by-log") ServerInfo log,
                @Server("by-status") ServerInfo status, @Server("by-command") ServerInfo command) throws IOException {
            SEEN.addAll(List.of(port, log, status, command));
            for (ServerInfo server : SEEN) {
                assertThat(get(server.baseUri())).as(server.name()).isEqualTo("200 Hello World");
            }
            assertThat(Files.readString(log.logFile().orElseThrow())).contains("listening on " + log.port());
            assertThat(Files.readString(Processes.environ(command.pid().getAsLong()))).contains("HB_PORT=" + command.port());
        }
    }
}
