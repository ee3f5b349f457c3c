package dev.hammerbench.junit;

import static dev.hammerbench.junit.Docker.PYTHON_IMAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.report.TextReport;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.server.ContainerStats;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The remote path on the same engine: dockerd's socket offered on a loopback TCP port, the engine
 * reached as tcp://127.0.0.1:PORT and taken as remote (hammerbench.docker.remote = true), so the
 * container's port is mapped and it is measured through the Docker stats API, as on a Docker host
 * of its own; its processes are still in this /proc, which is what lets the figures be checked.
 */
class ContainerRemoteTest {

    static final Map<String, Object> GOT = new ConcurrentHashMap<>();
    /** Kernel memory and active file cache that a cgroup counts and no RSS does: ~0.9 MiB for http.server here. */
    static final long KERNEL_AND_CACHE_ALLOWANCE = 4L << 20;

    @RegisterExtension
    static final Docker.Fixture DOCKER = Docker.fixtureOfImage(GOT, PYTHON_IMAGE);

    @Test
    void aContainerOnARemoteEngineIsReachedThroughItsMappedPortAndMeasuredThroughTheStatsApi() throws Exception {
        try (DockerForwarder forwarder = DockerForwarder.start()) {
            HammerbenchTestKit.run(RemoteTestCases.class, Map.of(LaunchServer.DOCKER_HOST_KEY, forwarder.dockerHost(),
                    LaunchServer.DOCKER_REMOTE_KEY, "true")).testEvents().assertStatistics(stats -> stats.succeeded(1));
            assertThat(forwarder.accepted()).as("the engine was reached over the loopback TCP socket").isPositive();
        }
        Comparison comparison = (Comparison) GOT.get("comparison");
        ServerResult remote = comparison.server("remote");
        ServerInfo info = remote.server();
        assertThat(remote.hammer().outcomes().status(200)).isEqualTo(300);
        assertThat(info.pid()).as("no local pid is claimed for a remote container").isEmpty();
        assertThat(info.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(info.port()).as("the mapped port, not the one inside").isNotEqualTo(GOT.get("inside port"));
        assertThat((String) GOT.get("port bindings")).contains("HostPort");
        assertThat(remote.peakSource()).contains(ContainerStats.SOURCE);
        assertThat(remote.after().orElseThrow().rss()).isPositive();
        assertThat(remote.after().orElseThrow().pss()).isEmpty();
        assertThat(remote.after().orElseThrow().uss()).isEmpty();
        assertThat(remote.after().orElseThrow().vms()).isEmpty();
        assertThat(remote.peakRss()).isPresent();
        assertThat(remote.cpuTime().orElseThrow()).as("the cgroup's CPU over the round").isPositive();
        assertThat(TextReport.render(comparison)).contains("remote 3.11 (cgroup)").contains("(cgroup): cgroup figures from the Docker stats API");
        assertThat(Docker.containersOf(PYTHON_IMAGE)).as("removed after its scope").isEmpty();

        long stats = (Long) GOT.get("stats");
        long anonLow = (Long) GOT.get("anon low");
        long anonHigh = (Long) GOT.get("anon high");
        long rssHigh = (Long) GOT.get("rss high");
        System.out.printf("remote container: stats API %d B (usage less inactive file cache); /proc over its cgroup:"
                + " RssAnon %d..%d B, VmRSS up to %d B; stats - RssAnon = %d B%n", stats, anonLow, anonHigh, rssHigh,
                stats - anonHigh);
        // a cgroup counts every anonymous page of its processes, plus kernel memory (page tables, slab,
        // socket buffers) and active file cache; its inactive file cache (most of the mapped files) is
        // left out, so the figure sits between the processes' anonymous RSS and that plus a bounded allowance
        assertThat((double) stats).as("stats working set against RssAnon read around it")
                .isBetween(anonLow * 0.99, (double) anonHigh + KERNEL_AND_CACHE_ALLOWANCE);
        assertThat(stats).as("and below the whole RSS plus the allowance").isLessThanOrEqualTo(rssHigh
                + KERNEL_AND_CACHE_ALLOWANCE);
    }

    @Test
    void withoutTheRemoteKnobATcpEngineIsRemoteToo() throws Exception {
        // auto: only a local socket counts as local, since a TCP engine is usually another machine
        try (DockerForwarder forwarder = DockerForwarder.start()) {
            HammerbenchTestKit.run(StatsOnlyTestCases.class, Map.of(LaunchServer.DOCKER_HOST_KEY, forwarder.dockerHost()))
                    .testEvents().assertStatistics(stats -> stats.succeeded(1));
        }
        assertThat((java.util.OptionalLong) GOT.get("pid")).isEmpty();
        assertThat((Boolean) GOT.get("stats")).isTrue();
    }

    @Test
    void hostNetworkingOnARemoteEngineAndAnUnknownRemoteValueAreRefused() {
        Failures host = Failures.of(Map.of(LaunchServer.DOCKER_REMOTE_KEY, "true"), MisusedTestCases.class);
        host.assertMessage("hostNetwork", ExtensionConfigurationException.class,
                "server 'host': network = HOST needs a local engine, and ", " is taken as remote"
                        + " (hammerbench.docker.remote = true); accepted there: network = AUTO or MAPPED");
        Failures knob = Failures.of(Map.of(LaunchServer.DOCKER_REMOTE_KEY, "maybe"), MisusedTestCases.class);
        knob.assertMessage("hostNetwork", ExtensionConfigurationException.class,
                "configuration parameter hammerbench.docker.remote is \"maybe\"; accepted: auto, true");
        assertThat(Docker.containersOf(PYTHON_IMAGE)).as("nothing started").isEmpty();
    }

    @Test
    void theLoadGoesToARemoteEnginesHostOnlyWithAllowRemote() throws Exception {
        // 0.0.0.0 reaches the forwarder on 127.0.0.1 (Linux routes it to this host), but it is no loopback
        // address, so it stands in for a remote engine's host: the round must refuse to load it
        try (DockerForwarder forwarder = DockerForwarder.start()) {
            String anyAddress = forwarder.dockerHost().replace("127.0.0.1", "0.0.0.0");
            Failures failures = Failures.of(Map.of(LaunchServer.DOCKER_HOST_KEY, anyAddress,
                    LaunchServer.DOCKER_REMOTE_KEY, "true"), NotAllowedTestCases.class);
            failures.assertMessage("notAllowed", ExtensionConfigurationException.class,
                    "@Hammer on ContainerRemoteTest$NotAllowedTestCases.notAllowed(): server far: target host '0.0.0.0' (0.0.0.0) is not loopback and allowRemote = false; accepted:",
                    "or set allowRemote = true to load a remote host");
        }
        assertThat(Docker.containersOf(PYTHON_IMAGE)).as("removed after its scope").isEmpty();
    }

    @LaunchServer(name = "far", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind", "{host}",
            "{port}"})
    static class NotAllowedTestCases {

        @Test
        @Hammer(calls = 10, settle = "0")
        void notAllowed() {
        }
    }

    static class MisusedTestCases {

        @Test
        @LaunchServer(name = "host", image = PYTHON_IMAGE, network = LaunchServer.ContainerNetwork.HOST,
                command = {"python3", "-m", "http.server", "--bind", "{host}", "{port}"})
        void hostNetwork() {
        }
    }

    @LaunchServer(name = "remote", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind", "{host}",
            "{port}"})
    static class RemoteTestCases {

        @Test
        @Hammer(calls = 300, concurrency = 4, settle = "0")
        void measured(Comparison comparison, ServerInfo remote) throws IOException {
            GOT.put("comparison", comparison);
            String id = Docker.containerOfServer("remote");
            GOT.put("port bindings", Docker.cli("inspect", "-f", "{{json .NetworkSettings.Ports}}", id).out());
            GOT.put("inside port", Integer.parseInt(Docker.cli("inspect", "-f", "{{range $p, $b := .NetworkSettings.Ports}}"
                    + "{{$p}}{{end}}", id).out().strip().replace("/tcp", "")));
            List<Long> procs = Docker.cgroupProcs(Docker.mainPid(id));
            long anonBefore = Docker.procStatusSum(procs, "RssAnon");
            long rssBefore = Docker.procStatusSum(procs, "VmRSS");
            long stats = ContainerStats.of(remote).orElseThrow().snapshot().rss();
            long anonAfter = Docker.procStatusSum(procs, "RssAnon");
            long rssAfter = Docker.procStatusSum(procs, "VmRSS");
            GOT.put("stats", stats);
            GOT.put("anon low", Math.min(anonBefore, anonAfter));
            GOT.put("anon high", Math.max(anonBefore, anonAfter));
            GOT.put("rss high", Math.max(rssBefore, rssAfter));
        }
    }

    @LaunchServer(name = "tcp", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind", "{host}",
            "{port}"})
    static class StatsOnlyTestCases {

        @Test
        void remote(ServerInfo tcp) {
            GOT.put("pid", tcp.pid());
            GOT.put("stats", ContainerStats.of(tcp).isPresent());
        }
    }
}
