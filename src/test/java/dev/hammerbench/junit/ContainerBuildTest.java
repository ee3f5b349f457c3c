package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * dockerfile = ...: an image built from a Dockerfile in this project (FROM the debootstrapped base,
 * with host networking), cached by the content of its build context, and run with its port mapped
 * on the local engine (network = MAPPED), measured through /proc as any local container.
 */
class ContainerBuildTest {

    static final String PERL = "src/test/docker/perl/Dockerfile";
    static final Map<String, Object> GOT = new ConcurrentHashMap<>();

    @RegisterExtension
    static final Docker.Fixture DOCKER = Docker.fixtureOfServers(GOT, "perl", "broken");

    @Test
    void anImageBuiltFromADockerfileIsHammeredThroughItsMappedPortAndReusedWhileItsContextIsUnchanged() {
        HammerbenchTestKit.run(BuiltTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        ServerResult perl = ((Comparison) GOT.get("comparison")).server("perl");
        ServerInfo info = perl.server();
        String tag = (String) GOT.get("image");
        assertThat(tag).matches("hammerbench/built-perl:[0-9a-f]{16}");
        assertThat(info.version()).as("from the Dockerfile's label").contains("perl-serve 1");
        assertThat(perl.hammer().outcomes().status(200)).isEqualTo(100);
        assertThat(info.port()).as("the published port, not the container's 8080").isNotEqualTo(8080);
        assertThat(info.pid().getAsLong()).as("a local engine: measured through its host pids").isPositive();
        assertThat(perl.after().orElseThrow().rss()).isPositive();
        assertThat(perl.peakSource()).isNotEqualTo(Optional.of("cgroup"));

        // the same tag relabelled by hand: a second run that built again would show the Dockerfile's label
        Docker.Result relabel = Docker.cliWithInput("FROM " + tag + "\nLABEL org.opencontainers.image.version=reused\n",
                "build", "-q", "-t", tag, "-");
        assertThat(relabel.exit()).as("docker build: %s", relabel.out()).isZero();
        try {
            HammerbenchTestKit.run(BuiltTestCases.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
            assertThat(((Comparison) GOT.get("comparison")).server("perl").server().version())
                    .as("the image under the content's tag was reused, not rebuilt").contains("reused");
        } finally {
            Docker.cli("rmi", "-f", tag);
        }
    }

    @Test
    void aDockerfileThatDoesNotBuildFailsTheClassWithTheBuildsOwnError() {
        Failures failures = Failures.of(BrokenTestCases.class);
        failures.assertMessage("never", ExtensionConfigurationException.class,
                "server 'broken': dockerfile 'src/test/docker/broken/Dockerfile' (build context ",
                ") did not build: ", "returned a non-zero code: 3",
                "; try it with docker build --network host -f src/test/docker/broken/Dockerfile ");
        assertThat(Docker.cli("ps", "-aq", "--filter", "status=exited", "--filter", "ancestor=hammerbench/bookworm-minbase:1")
                .out().strip()).as("the failed step's container is not left behind").isEmpty();
    }

    @LaunchServer(name = "perl", dockerfile = PERL, containerPort = 8080, network = LaunchServer.ContainerNetwork.MAPPED)
    static class BuiltTestCases {

        @Test
        @Hammer(calls = 100, concurrency = 2, settle = "0")
        void hammered(Comparison comparison) {
            GOT.put("comparison", comparison);
            String id = Docker.containerOfServer("perl");
            GOT.put("image", Docker.cli("inspect", "-f", "{{.Config.Image}}", id).out().strip());
        }
    }

    static class BrokenTestCases {

        @Test
        @LaunchServer(name = "broken", dockerfile = "src/test/docker/broken/Dockerfile", containerPort = 8080)
        void never() {
        }
    }
}
