package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The paths a machine without {@code setsid} and {@code /proc} takes (macOS, Windows), forced on
 * this one by {@code -Dhammerbench.platform=portable}: the pom's {@code portable} Surefire run
 * executes this class with the launch and cleanup tests, kill -9 of the JVM included. The stdin
 * and misuse checks hold on every path.
 */
class PlatformPathsTest {

    static final Map<String, Object> FACTS = new ConcurrentHashMap<>();

    @BeforeEach
    void reset() {
        FACTS.clear();
    }

    @AfterEach
    void killLeftovers() {
        FACTS.values().stream().filter(ServerInfo.class::isInstance).map(ServerInfo.class::cast)
                .forEach(server -> Processes.killGroup(server.pid().getAsLong()));
    }

    /** Windows has no /dev/null: stdin is a pipe closed at once, which reads as end of input everywhere. */
    @Test
    void aServerReadingStdinGetsEndOfInputAtOnce() {
        EngineExecutionResults results = HammerbenchTestKit.run(ReadsStdinTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
    }

    @Test
    void aBadPlatformKnobIsReportedBeforeAnythingStarts() {
        String before = System.getProperty("hammerbench.platform");
        System.setProperty("hammerbench.platform", "macos");
        Failures failures;
        try {
            failures = Failures.of(KnobTestCases.class);
        } finally {
            if (before == null) {
                System.clearProperty("hammerbench.platform");
            } else {
                System.setProperty("hammerbench.platform", before);
            }
        }

        failures.assertMessage("neverRuns", ExtensionConfigurationException.class,
                "@LaunchServer on PlatformPathsTest$KnobTestCases.neverRuns()", "hammerbench.platform is 'macos'",
                "accepted: auto", "portable");
        assertThat(FACTS).isEmpty();
    }

    @Test
    @EnabledIfSystemProperty(named = "hammerbench.platform", matches = "portable")
    void withoutProcessGroupsAServerIsATreeMeasuredByOshiAndStoppedWhole() {
        EngineExecutionResults results = HammerbenchTestKit.run(TreeTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        ServerInfo tree = (ServerInfo) FACTS.get("server");
        @SuppressWarnings("unchecked")
        List<Long> members = (List<Long>) FACTS.get("members");
        assertThat(members).as("the server and the sleep it spawned").hasSizeGreaterThanOrEqualTo(2);
        assertThat(FACTS.get("pgid")).as("no setsid: the server stays in the test JVM's process group")
                .isEqualTo(Processes.pgid(ProcessHandle.current().pid()));

        ServerResult result = ((Comparison) FACTS.get("round")).servers().get(0);
        assertThat(result.before().orElseThrow().rss()).isPositive();
        assertThat(result.before().orElseThrow().vms().getAsLong()).isPositive();
        assertThat(result.before().orElseThrow().processCount()).as("OSHI sums the process and its descendants").isGreaterThanOrEqualTo(2);
        assertThat(result.before().orElseThrow().pss()).as("PSS needs smaps_rollup").isEmpty();
        assertThat(result.before().orElseThrow().uss()).isEmpty();
        assertThat(result.peakSource()).contains("sampled");
        assertThat((String) FACTS.get("table")).contains("sampled");

        assertThat(Processes.survivors(tree.pid().getAsLong(), members, Duration.ofSeconds(10)))
                .as("processes of the tree left after the class").isEmpty();
    }

    @LaunchServer(name = "reads-stdin", command = {"sh", "-c",
            "cat; exec python3 -m http.server --bind 127.0.0.1 \"$0\"", "{port}"}, startupTimeout = "20s")
    static class ReadsStdinTestCases {
        @Test
        void started(ServerInfo server) {
            FACTS.put("server", server);
        }
    }

    static class KnobTestCases {
        @Test
        @LaunchServer(name = "never", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        void neverRuns(ServerInfo server) {
            FACTS.put("server", server);
        }
    }

    @LaunchServer(name = "tree", command = {"sh", "-c", ProcessCleanupTest.TREE, "{port}"})
    static class TreeTestCases {
        @Test
        @Hammer(calls = 50, concurrency = 2, settle = "0")
        void hammered(ServerInfo tree, Comparison round) {
            FACTS.put("server", tree);
            FACTS.put("members", ProcessCleanupTest.treeMembers(tree));
            FACTS.put("pgid", Processes.pgid(tree.pid().getAsLong()));
            FACTS.put("round", round);
            FACTS.put("table", dev.hammerbench.report.TextReport.render(round));
        }
    }
}
