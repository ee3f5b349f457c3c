package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.ServerInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A class's servers stop when that class ends, while the run goes on, not when the JVM exits: on
 * every JUnit of the matrix (5.10 to 5.12 close only a {@code CloseableResource}, 5.13 on a plain
 * {@code AutoCloseable} too), and on 5.13 on also with closing of plain AutoCloseables turned off.
 */
class ScopeClosingTest {

    static final Map<String, ServerInfo> SEEN = new ConcurrentHashMap<>();
    static final Map<String, Boolean> ALIVE = new ConcurrentHashMap<>();

    @BeforeEach
    void reset() {
        SEEN.clear();
        ALIVE.clear();
    }

    @AfterEach
    void killLeftovers() {
        SEEN.values().forEach(server -> Processes.killGroup(server.pid().getAsLong()));
    }

    @ParameterizedTest(name = "autocloseable closing enabled: {0}")
    @ValueSource(strings = {"true", "false"})
    void aClassServerIsStoppedWhenItsClassEndsBeforeTheNextClassRuns(String autoCloseEnabled) {
        EngineExecutionResults results = HammerbenchTestKit.run(TwoClassesTestCases.class,
                Map.of("junit.jupiter.extensions.store.close.autocloseable.enabled", autoCloseEnabled));

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).containsOnlyKeys("first", "second");
        assertThat(ALIVE).as("the first class's server, seen from the second class on JUnit %s",
                JUnitRuntime.jupiterVersion()).containsEntry("first during second", false);
        SEEN.values().forEach(server -> assertThat(
                Processes.survivors(server.pid().getAsLong(), List.of(server.pid().getAsLong()), Duration.ofSeconds(10))).isEmpty());
    }

    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    static class TwoClassesTestCases {

        @Nested
        @org.junit.jupiter.api.Order(1)
        @LaunchServer(name = "first", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        class First {
            @Test
            void runs(ServerInfo first) {
                SEEN.put("first", first);
            }
        }

        @Nested
        @org.junit.jupiter.api.Order(2)
        @LaunchServer(name = "second", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        class Second {
            @Test
            void runs(ServerInfo second) {
                SEEN.put("second", second);
                ServerInfo first = SEEN.get("first");
                if (first != null) {
                    ALIVE.put("first during second", !Processes.group(first.pid().getAsLong()).isEmpty());
                }
            }
        }
    }
}
