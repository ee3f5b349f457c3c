package dev.hammerbench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MachineCpuTest {

    @Test
    void busyTimeAddsUserNiceSystemIrqSoftirqAndStealButNotIdleOrIowait() {
        String stat = "cpu  1000 50 300 90000 700 20 30 5 0 0\ncpu0 500 25 150 45000 350 10 15 2 0 0\nintr 1 2 3\n";

        // 1000 + 50 + 300 + 20 + 30 + 5 = 1405 ticks at 100 a second
        assertThat(MachineCpu.parse(stat, 100)).contains(Duration.ofMillis(14_050));
    }

    @Test
    void theCpusAreTheLinesThatTheFirstOneSums() {
        // a 2-core host seen from a container with --cpus=1: availableProcessors() says 1, /proc/stat shows both
        String stat = "cpu  300 0 100 900 0 0 0 0 0 0\ncpu0 150 0 50 450 0 0 0 0 0 0\ncpu1 150 0 50 450 0 0 0 0 0 0\n"
                + "intr 12345 0 0\nctxt 999\ncpuacct_not_a_cpu 1\n";

        assertThat(MachineCpu.countCpus(stat)).isEqualTo(2);
        assertThat(MachineCpu.countCpus("intr 1\n")).isZero();
        assertThat(MachineCpu.cpus()).isPositive();
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(MachineCpu.parse("", 100)).isEmpty();
        assertThat(MachineCpu.parse("cpu0 1 2 3\n", 100)).isEmpty();
    }

    @Test
    void thisMachineSaysAndItOnlyGrows() {
        if (!ProcFs.AVAILABLE) {
            return;
        }
        Duration first = MachineCpu.busy().orElseThrow();
        Duration second = MachineCpu.busy().orElseThrow();
        assertThat(second).isGreaterThanOrEqualTo(first);
        assertThat(MachineCpu.cpus()).isPositive();
    }
}
