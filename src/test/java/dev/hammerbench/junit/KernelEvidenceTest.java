package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.KernelEvidence;
import dev.hammerbench.result.ErrorClass;
import dev.hammerbench.result.ServerResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A real server with a listen backlog of 1 that accepts one connection every 20 ms: a burst
 * overflows its queue and the kernel says so under the table; spread by rampUp, every call gets in.
 */
class KernelEvidenceTest {

    static final String SLOW_ACCEPT = "dev.hammerbench.testserver.SlowAcceptServer";
    static final Map<String, Object> GOT = new ConcurrentHashMap<>();

    @BeforeEach
    void reset() {
        GOT.clear();
        assumeTrue(Files.isReadable(Path.of("/proc/net/netstat")), "the kernel's TCP counters are Linux's /proc/net");
    }

    @Test
    void aBurstOverflowsTheListenQueueAndTheKernelsCountersSaySoUnderTheTable() {
        EngineExecutionResults results = HammerbenchTestKit.run(BurstTestCases.class);
        results.testEvents().assertStatistics(stats -> stats.succeeded(1));

        ServerResult slow = ((Comparison) GOT.get("round")).server("slow");
        assertThat(slow.hammer().outcomes().counts()).containsKey(ErrorClass.CONNECT_TIMEOUT.label());
        KernelEvidence kernel = slow.kernel().orElseThrow();
        // machine-wide counters only ever grow, so this round's own drops are a lower bound of the delta
        assertThat(kernel.listenOverflows()).isPositive();
        assertThat(kernel.shared()).isFalse();
        if (kernel.listenBacklog().isPresent()) { // ss (iproute2) is there: .ci/run installs it
            assertThat(kernel.listenBacklog().getAsInt()).isEqualTo(1);
        }
        String tables = results.testEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("hammerbench"))
                .filter(value -> value != null).findFirst().orElseThrow();
        assertThat(tables).contains("kernel (TCP counters during each server's round):")
                .contains("connect timeouts")
                .contains("the kernel dropped")
                .contains("on a full listen queue (backlog " + (kernel.listenBacklog().isPresent() ? "1" : "unknown") + ")")
                .contains("try rampUp or a larger backlog")
                .contains("counters machine-wide")
                .contains("ListenOverflows " + kernel.listenOverflows())
                .contains("starts in one burst");
    }

    @Test
    void theSameServerAnswersEveryCallWhenRampUpSpreadsTheStarts() {
        HammerbenchTestKit.run(RampUpTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        ServerResult slow = ((Comparison) GOT.get("round")).server("slow");
        // one start every 100 ms against one accept every 20 ms: the queue of 1 never overflows
        assertThat(slow.hammer().succeeded()).as("%s", slow.hammer().outcomes()).isEqualTo(30);
        assertThat(slow.hammer().plan().rampUp()).isEqualTo(Duration.ofSeconds(3));
        assertThat(slow.hammer().plan().rampUpDefault()).isFalse();
        // the calls started over the ramp, so the round lasted about as long
        assertThat(slow.hammer().wall()).isGreaterThan(Duration.ofMillis(2800));
        assertThat(slow.kernel()).isPresent();
    }

    @LaunchServer(name = "slow", mainClass = SLOW_ACCEPT, args = {"{port}", "1", "20"},
            readiness = LaunchServer.Readiness.LOG_LINE, readyLogLine = "listening on \\d+")
    static class BurstTestCases {

        @Test
        @Hammer(calls = 300, rampUp = "0s", timeout = "1s", settle = "0")
        void hammered(Comparison round) {
            GOT.put("round", round);
        }
    }

    @LaunchServer(name = "slow", mainClass = SLOW_ACCEPT, args = {"{port}", "1", "20"},
            readiness = LaunchServer.Readiness.LOG_LINE, readyLogLine = "listening on \\d+")
    static class RampUpTestCases {

        @Test
        @Hammer(calls = 30, rampUp = "3s", timeout = "1s", settle = "0")
        void hammered(Comparison round) {
            GOT.put("round", round);
        }
    }
}
