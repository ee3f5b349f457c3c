package dev.hammerbench.load;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class FileLimitsTest {

    @Test
    void tooManyConnectionsForTheOpenFilesLimitAreRefusedWithAFix() {
        assertThatIllegalStateException()
                .isThrownBy(() -> FileLimits.check("jetty", 2000, "concurrency = 0 (every call at once)", 40, 1024))
                .withMessage("server jetty: concurrency = 0 (every call at once) needs up to 2000 connections, and"
                        + " with the 40 files already open about 2104 open files, but this process may open only 1024"
                        + " (ulimit -n, 'Max open files' in /proc/self/limits); raise the limit before starting the JVM"
                        + " (e.g. ulimit -n 65536, or LimitNOFILE in a systemd unit) or lower concurrency");
    }

    @Test
    void connectionsThatFitPass() {
        assertThatCode(() -> FileLimits.check("jetty", 900, "concurrency = 900", 40, 1024)).doesNotThrowAnyException();
        assertThatCode(() -> FileLimits.check("jetty", 50, "concurrency = 50")).doesNotThrowAnyException();
    }

    @Test
    void engineRefusesARoundBeyondThisProcessLimit() {
        long max = ((com.sun.management.UnixOperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getMaxFileDescriptorCount();
        HammerPlan plan = HammerPlan.builder().calls(max + 1).build();
        assertThatIllegalStateException()
                .isThrownBy(() -> LoadEngine.run(plan, "big", java.net.URI.create("http://127.0.0.1:9/"), line -> { }))
                .withMessageContaining("server big: concurrency = 0 (every call at once) needs up to " + (max + 1));
    }
}
