package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.KernelEvidence;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KernelCountersTest {

    private static final String NETSTAT = """
            TcpExt: SyncookiesSent ListenOverflows ListenDrops TCPTimeouts TCPSynRetrans
            TcpExt: %d %d %d %d %d
            IpExt: InNoRoutes
            IpExt: 0
            """;
    private static final String SNMP = """
            Tcp: RtoAlgorithm RetransSegs
            Tcp: 1 %d
            """;

    private static KernelCounters counters(long cookies, long overflows, long drops, long timeouts, long syn, long retrans) {
        Map<String, Long> values = new HashMap<>();
        KernelCounters.parse(NETSTAT.formatted(cookies, overflows, drops, timeouts, syn), values);
        KernelCounters.parse(SNMP.formatted(retrans), values);
        return new KernelCounters(values);
    }

    @Test
    void theDeltaOfEveryCounterBetweenTwoReadings() {
        KernelCounters before = counters(1, 10, 12, 3, 4, 100);
        KernelCounters after = counters(1, 5422, 5424, 2003, 1997, 2100);

        KernelEvidence evidence = after.since(before, OptionalInt.of(5));

        assertThat(evidence).isEqualTo(new KernelEvidence(5412, 5412, 0, 2000,
                java.util.OptionalLong.of(1993), 2000, OptionalInt.of(5), false));
        assertThat(evidence.anyNonZero()).isTrue();
        assertThat(before.since(before, OptionalInt.empty()).anyNonZero()).isFalse();
    }

    @Test
    void aKernelWithoutTcpSynRetransSaysItIsUnknownNotZero() {
        Map<String, Long> values = new HashMap<>();
        KernelCounters.parse("TcpExt: ListenOverflows ListenDrops\nTcpExt: 7 7\n", values);
        KernelCounters c = new KernelCounters(values);
        assertThat(c.since(c, OptionalInt.empty()).synRetransmits()).isEmpty();
    }

    @Test
    void linesThatDoNotPairUpAreSkipped() {
        Map<String, Long> values = new HashMap<>();
        KernelCounters.parse("TcpExt: A B\nTcpExt: 1\nTcp: C\nTcp: 9\n", values);
        assertThat(values).containsExactly(Map.entry("Tcp.C", 9L));
    }

    @Test
    void theRealFilesAreReadOnLinux() {
        if (ProcFs.AVAILABLE && java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/net/netstat"))) {
            assertThat(KernelCounters.read()).isPresent();
            assertThat(KernelCounters.read().orElseThrow().get("TcpExt.ListenOverflows")).isPresent();
        }
    }

    @Test
    void theBacklogIsTheSendQueueOfTheListeningSocket() {
        String ss = "LISTEN 0      5          127.0.0.1:8000      0.0.0.0:*\nLISTEN 3 128 [::]:18000 [::]:*\n";
        assertThat(ListenBacklog.parse(ss, 8000)).hasValue(5);
        assertThat(ListenBacklog.parse(ss, 18000)).hasValue(128);
        assertThat(ListenBacklog.parse(ss, 800)).isEmpty();
        assertThat(ListenBacklog.parse("", 8000)).isEmpty();
    }
}
