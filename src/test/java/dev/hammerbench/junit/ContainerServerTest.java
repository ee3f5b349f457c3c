package dev.hammerbench.junit;

import static dev.hammerbench.junit.Docker.HTTP_SERVER;
import static dev.hammerbench.junit.Docker.PYTHON_IMAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.measure.ProcessMeter;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Container servers on a real engine, end to end: launched from an image with host networking,
 * hammered, measured as a process server is (their host pids), next to a process in one table.
 */
class ContainerServerTest {

    static final Map<String, Object> GOT = new ConcurrentHashMap<>();

    @RegisterExtension
    static final Docker.Fixture DOCKER = Docker.fixtureOfImage(GOT, PYTHON_IMAGE);

    @Test
    void aContainerAndAProcessAreHammeredAndMeasuredInOneComparison() {
        HammerbenchTestKit.run(ShootoutTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        Comparison comparison = (Comparison) GOT.get("comparison");
        assertThat(comparison.names()).containsExactly("container", "process");
        for (String name : comparison.names()) {
            ServerResult server = comparison.server(name);
            assertThat(server.hammer().outcomes().status(200)).as(name).isEqualTo(200);
            assertThat(server.hasMemory()).as(name).isTrue();
            assertThat(server.after().orElseThrow().rss()).as(name).isPositive();
            assertThat(server.after().orElseThrow().pss()).as(name).isPresent();
            assertThat(server.after().orElseThrow().uss()).as(name).isPresent();
            assertThat(server.peakRss()).as(name).isPresent();
            assertThat(server.cpuTime().orElseThrow()).as(name).isPositive();
        }
        ServerInfo container = comparison.server("container").server();
        assertThat(container.version()).as("from the image's version label").contains("3.11");
        assertThat(container.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat((String) GOT.get("cgroup")).as("the pid is the container's").contains("docker");
        assertThat((Boolean) GOT.get("running during the test")).isTrue();
        assertThat(Docker.containersOf(PYTHON_IMAGE)).as("removed after its scope").isEmpty();
    }

    @Test
    void theLogFileHoldsTheContainersOutput() throws IOException {
        HammerbenchTestKit.run(ShootoutTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        ServerInfo container = ((Comparison) GOT.get("comparison")).server("container").server();
        // http.server logs every request on stderr: the round's GETs are in the file
        assertThat(Files.readAllLines(container.logFile().orElseThrow())).filteredOn(line -> line.contains("\"GET / HTTP/1.1\" 200"))
                .hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void theContainersRssAgreesWithProcWithinOnePercent() {
        HammerbenchTestKit.run(RssTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        @SuppressWarnings("unchecked")
        List<Long> members = (List<Long>) GOT.get("group members");
        @SuppressWarnings("unchecked")
        List<Long> cgroup = (List<Long>) GOT.get("cgroup procs");
        assertThat(members).as("the measured process group is the container's cgroup").containsExactlyInAnyOrderElementsOf(cgroup);
        long measured = (Long) GOT.get("measured rss");
        long low = (Long) GOT.get("proc rss low");
        long high = (Long) GOT.get("proc rss high");
        System.out.printf("container RSS: Hammerbench %d B, /proc VmRSS over the cgroup %d..%d B (read before and after)%n",
                measured, low, high);
        assertThat((double) measured).as("Hammerbench's RSS against /proc VmRSS over the cgroup, read around it")
                .isBetween(low * 0.99, high * 1.01);
    }

    @LaunchServer(name = "container", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind",
            "127.0.0.1", "{port}"})
    @LaunchServer(name = "process", command = {"python3", "-m", "http.server", "--bind", "127.0.0.1", "{port}"},
            workingDir = "target")
    static class ShootoutTestCases {

        @Test
        @Hammer(calls = 200, concurrency = 4, settle = "0")
        void hammered(Comparison comparison) throws IOException {
            GOT.put("comparison", comparison);
            long pid = comparison.server("container").server().pid().getAsLong();
            GOT.put("cgroup", Files.readString(Path.of("/proc", Long.toString(pid), "cgroup")));
            GOT.put("running during the test", Docker.containersOf(PYTHON_IMAGE).size() == 1);
        }
    }

    @Test
    void memoryLimitAndCpusBecomeTheContainersQuota() {
        HammerbenchTestKit.run(LimitedTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        assertThat((String) GOT.get("limits")).isEqualTo("67108864 500000000");
    }

    @LaunchServer(name = "limited", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind",
            "127.0.0.1", "{port}"}, memoryLimit = "64m", cpus = "0.5")
    static class LimitedTestCases {

        @Test
        void limited(ServerInfo limited) {
            List<String> ids = Docker.containersOf(PYTHON_IMAGE);
            assertThat(ids).hasSize(1);
            GOT.put("limits", Docker.cli("inspect", "-f", "{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}}", ids.get(0))
                    .out().strip());
        }
    }

    @LaunchServer(name = "container", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind",
            "127.0.0.1", "{port}"})
    static class RssTestCases {

        @Test
        @Hammer(calls = 300, concurrency = 4, settle = "0")
        void measured(ServerInfo container) throws IOException {
            // /proc read just before and just after the meter: a server still settling after the round
            // (closing sockets, freeing buffers) moves its RSS between reads, so the meter is compared
            // with the range the two /proc reads span, not with a single read taken a moment later
            long pid = container.pid().getAsLong();
            GOT.put("group members", ProcessMeter.liveMembers(pid));
            List<Long> cgroup = Docker.cgroupProcs(pid);
            GOT.put("cgroup procs", cgroup);
            long before = vmRssBytes(cgroup);
            MemorySnapshot snapshot = ProcessMeter.snapshot(pid);
            long after = vmRssBytes(cgroup);
            GOT.put("measured rss", snapshot.rss());
            GOT.put("proc rss low", Math.min(before, after));
            GOT.put("proc rss high", Math.max(before, after));
        }

        private static long vmRssBytes(List<Long> pids) throws IOException {
            long sum = 0;
            for (long member : pids) {
                sum += vmRssBytes(member);
            }
            return sum;
        }

        private static long vmRssBytes(long pid) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return 0;
        }
    }
}
