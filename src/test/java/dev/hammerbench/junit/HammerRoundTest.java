package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** @Hammer end to end: real servers, a real round, results injected by every supported type. */
class HammerRoundTest {

    static final Map<String, Object> GOT = new ConcurrentHashMap<>();
    static final List<Comparison> ROUNDS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void reset() {
        GOT.clear();
        ROUNDS.clear();
    }

    @Test
    void aMethodRoundHammersEveryServerInDeclarationOrderAndInjectsEachType() {
        EngineExecutionResults results = HammerbenchTestKit.run(MethodRoundTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        Comparison comparison = (Comparison) GOT.get("comparison");
        assertThat(comparison.names()).containsExactly("fast", "alternating");
        assertThat(comparison.title()).isEqualTo("HammerRoundTest$MethodRoundTestCases.hammered()");
        ServerResult fast = comparison.server("fast");
        assertThat(fast.hammer().sent()).isEqualTo(300);
        assertThat(fast.hammer().outcomes().status(200)).isEqualTo(300);
        assertThat(fast.hasMemory()).isTrue();
        assertThat(fast.before().orElseThrow().rss()).isPositive();
        assertThat(fast.cpuTime()).isPresent();
        assertThat(fast.peakRss()).isPresent();
        assertThat(fast.peakSource().orElseThrow()).isIn("VmHWM", "sampled");
        assertThat(fast.memoryOverTime()).isNotEmpty();
        // /proc/stat over the counted calls, read for a launched server hammered alone (the math: NeighboursTest)
        assertThat(fast.machineBusyShare()).isPresent();
        assertThat(fast.othersCpuShare()).isPresent();
        ServerResult alternating = comparison.server("alternating");
        assertThat(alternating.hammer().outcomes().counts()).containsExactly(Map.entry("200", 150L), Map.entry("503", 150L));
        assertThat(alternating.hammer().succeeded()).isEqualTo(150);
        assertThat(GOT.get("serverResult")).isSameAs(fast);
        assertThat(GOT.get("hammerResult")).isSameAs(alternating.hammer());
        assertThat(GOT.get("memory")).isSameAs(fast.after().orElseThrow());
        assertThat(GOT.get("info")).isEqualTo(fast.server());
        assertThat(comparison.harness().before().rss()).isPositive();
        assertThat(comparison.plan().calls()).isEqualTo(300);
        assertThat(comparison.plan().keepAlive()).isTrue();
    }

    @Test
    void aClassRoundRunsOnceAndIsSharedByEveryMethodThatAsks() {
        EngineExecutionResults results = HammerbenchTestKit.run(ClassRoundTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(3));
        assertThat(ROUNDS).hasSize(2);
        assertThat(ROUNDS.get(0)).isSameAs(ROUNDS.get(1));
        assertThat(ROUNDS.get(0).title()).isEqualTo("HammerRoundTest$ClassRoundTestCases");
        assertThat(ROUNDS.get(0).server("only").hammer().sent()).isEqualTo(100);
    }

    @Test
    void underConcurrentExecutionTheClassRoundStillRunsOnce() {
        HammerbenchTestKit.run(ConcurrentClassRoundTestCases.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))
                .testEvents().assertStatistics(stats -> stats.succeeded(4));

        assertThat(ROUNDS).hasSize(4);
        assertThat(ROUNDS).allSatisfy(round -> assertThat(round).isSameAs(ROUNDS.get(0)));
    }

    @Test
    void aClassRoundThatFailedIsNotRunAgainByTheNextMethods() {
        Failures failures = Failures.of(FailingClassRoundTestCases.class);

        failures.assertMessage("a", org.junit.jupiter.api.extension.ExtensionConfigurationException.class,
                "@Hammer on HammerRoundTest$FailingClassRoundTestCases: server remote: target host '192.0.2.1'");
        failures.assertMessage("b", org.junit.jupiter.api.extension.ExtensionConfigurationException.class,
                "the class's @Hammer round failed in a(): @Hammer on HammerRoundTest$FailingClassRoundTestCases: server remote");
    }

    @Test
    void anIpv6HostGoesInBracketsInTheUrl() {
        HammerbenchTestKit.run(Ipv6TestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        ServerInfo info = (ServerInfo) GOT.get("info");
        assertThat(info.baseUri().toString()).isEqualTo("http://[::1]:" + info.port() + "/");
        assertThat(((HammerResult) GOT.get("hammer")).outcomes().status(200)).isEqualTo(20);
    }

    @Test
    void aClassRoundRunsBeforeTheFirstTestEvenWhenNoTestAsksForResults() {
        EngineExecutionResults results = HammerbenchTestKit.run(UnaskedClassRoundTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(results.testEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow())
                .filter(entry -> entry.getKeyValuePairs().containsKey("hammerbench")))
                .as("one round's tables, published once").hasSize(1);
    }

    @LaunchServer(name = "only", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    @Hammer(calls = 20, concurrency = 2, settle = "0")
    static class UnaskedClassRoundTestCases {

        @Test
        void first() {
        }

        @Test
        void second() {
        }
    }

    @Test
    void nestedClassesSeeTheOuterServersAndShareTheOuterRound() {
        HammerbenchTestKit.run(OuterTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

        Comparison outerRound = (Comparison) GOT.get("outer round");
        assertThat(outerRound.names()).containsExactly("outer");
        assertThat(GOT.get("inner round")).isSameAs(outerRound);
        assertThat(GOT.get("inner servers")).isEqualTo(List.of("outer", "inner"));
    }

    @LaunchServer(name = "outer", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    @Hammer(calls = 20, concurrency = 2, settle = "0")
    static class OuterTestCases {

        @Test
        void outer(Comparison round) {
            GOT.put("outer round", round);
        }

        @org.junit.jupiter.api.Nested
        @LaunchServer(name = "inner", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        class Inner {

            @Test
            void inner(Comparison round, @Server("outer") ServerInfo outer, @Server("inner") ServerInfo inner) {
                GOT.put("inner round", round);
                GOT.put("inner servers", List.of(outer.name(), inner.name()));
            }
        }
    }

    @LaunchServer(name = "only", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    @Hammer(calls = 50, concurrency = 4, settle = "0")
    static class ConcurrentClassRoundTestCases {

        @Test
        void a(Comparison comparison) {
            ROUNDS.add(comparison);
        }

        @Test
        void b(Comparison comparison) {
            ROUNDS.add(comparison);
        }

        @Test
        void c(Comparison comparison) {
            ROUNDS.add(comparison);
        }

        @Test
        void d(Comparison comparison) {
            ROUNDS.add(comparison);
        }
    }

    @TestMethodOrder(MethodOrderer.MethodName.class)
    @Hammer(urls = "remote=http://192.0.2.1/", settle = "5s")
    static class FailingClassRoundTestCases {

        @Test
        void a(Comparison comparison) {
        }

        @Test
        void b(Comparison comparison) {
        }
    }

    static class Ipv6TestCases {

        @Test
        @LaunchServer(name = "v6", command = {"python3", "-m", "http.server", "--bind", "{host}", "{port}"}, host = "::1")
        @Hammer(calls = 20, concurrency = 2, settle = "0")
        void hammered(ServerInfo info, HammerResult hammer) {
            GOT.put("info", info);
            GOT.put("hammer", hammer);
        }
    }

    @Test
    void theRunWideKnobsScaleAndOverrideEveryPlanAndTheResultSaysSo() {
        HammerbenchTestKit.run(ScaledTestCases.class, Map.of(Hammer.SCALE_KEY, "0.1"))
                .testEvents().assertStatistics(stats -> stats.succeeded(1));
        Comparison scaled = (Comparison) GOT.remove("comparison");
        assertThat(scaled.plan().calls()).isEqualTo(50);
        assertThat(scaled.plan().scale()).isEqualTo(0.1);
        assertThat(scaled.server("s").hammer().sent()).isEqualTo(50);

        HammerbenchTestKit.run(ScaledTestCases.class, Map.of(Hammer.CALLS_KEY, "30", Hammer.TIMEOUT_KEY, "250ms"))
                .testEvents().assertStatistics(stats -> stats.succeeded(1));
        Comparison overridden = (Comparison) GOT.remove("comparison");
        assertThat(overridden.plan().calls()).isEqualTo(30);
        assertThat(overridden.plan().timeout()).isEqualTo(java.time.Duration.ofMillis(250));
        assertThat(overridden.server("s").hammer().sent()).isEqualTo(30);
    }

    @LaunchServer(name = "s", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class ScaledTestCases {

        @Test
        @Hammer(calls = 500, concurrency = 8, keepAlive = true, settle = "0")
        void scaled(Comparison comparison) {
            GOT.put("comparison", comparison);
        }
    }

    @Test
    void theWarmupsCpuIsNotChargedToTheCountedCalls() {
        HammerbenchTestKit.run(WarmupCpuTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        ServerResult burner = ((Comparison) GOT.get("comparison")).server("burner");
        assertThat(burner.hammer().sent()).isEqualTo(100);
        // every call burns 4 ms of the server's CPU: 4000 ms per 1000 calls and a little more for HTTP.
        // Charged with the 400 warm-up calls too, the 100 counted ones would come to 20000.
        assertThat(burner.cpuMillisPer1000Calls().orElseThrow()).isBetween(3600.0, 10_000.0);
    }

    @LaunchServer(name = "burner", mainClass = TEST_SERVER, args = {"--port", "{port}"},
            url = "http://{host}:{port}/burn?ms=4")
    static class WarmupCpuTestCases {

        @Test
        @Hammer(calls = 100, warmup = "400", concurrency = 2, keepAlive = true, settle = "0")
        void hammered(Comparison comparison) {
            GOT.put("comparison", comparison);
        }
    }

    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class MethodRoundTestCases {

        @Test
        @LaunchServer(name = "fast", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        @LaunchServer(name = "alternating", mainClass = TEST_SERVER, args = {"--port", "{port}", "--statuses", "200,503"})
        @Hammer(calls = 300, concurrency = 1, keepAlive = true, settle = "100ms")
        void hammered(Comparison comparison, @Server("fast") ServerResult fast,
                @Server("alternating") HammerResult alternating, @Server("fast") MemorySnapshot memory,
                @Server("fast") ServerInfo info) {
            GOT.putAll(Map.of("comparison", comparison, "serverResult", fast, "hammerResult", alternating,
                    "memory", memory, "info", info));
        }
    }

    @TestMethodOrder(MethodOrderer.MethodName.class)
    @LaunchServer(name = "only", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    @Hammer(calls = 100, concurrency = 4, settle = "100ms")
    static class ClassRoundTestCases {

        @Test
        void a(Comparison comparison) {
            ROUNDS.add(comparison);
        }

        @Test
        void b(ServerInfo info) {
            assertThat(info.name()).isEqualTo("only");
        }

        @Test
        void c(Comparison comparison, ServerResult only, HammerResult hammer, MemorySnapshot memory) {
            assertThat(only).isSameAs(comparison.servers().get(0));
            assertThat(hammer).isSameAs(only.hammer());
            assertThat(memory).isSameAs(only.after().orElseThrow());
            ROUNDS.add(comparison);
        }
    }
}
