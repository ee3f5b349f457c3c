package dev.hammerbench.junit;

import static dev.hammerbench.junit.Docker.PYTHON_IMAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.junit.ContainerCleanupTest.ProcessCleanupTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where no engine answers, a class with container servers is skipped with the reason, or fails
 * with it when the user requires Docker. The JVM runs in a mount namespace of its own with an empty
 * /run over the real one: no docker.sock, a machine without Docker as far as it can tell.
 */
class NoDockerEngineTest {

    @BeforeAll
    static void canHideTheEngine() throws Exception {
        Process probe = new ProcessBuilder(hideRun("true")).redirectErrorStream(true).start();
        boolean hidden = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(hidden,
                "needs root and unshare (util-linux) to run a JVM in a mount namespace without /run/docker.sock");
    }

    @Test
    void withoutAnEngineTheClassIsSkippedWithTheReason() throws Exception {
        String out = run();

        assertThat(out).contains("Hammerbench: skipped NoDockerEngineTest$ContainerTestCases: Docker is not available: ",
                "; start dockerd or set DOCKER_HOST (set hammerbench.docker.required=true to fail instead of skipping)");
        assertThat(out).contains("0 tests failed").contains("1 containers skipped");
    }

    @Test
    void withoutAnEngineARequiredDockerFailsTheClassWithTheReason() throws Exception {
        String out = run("-D" + LaunchServer.DOCKER_REQUIRED_KEY + "=true");

        assertThat(out).contains("1 containers failed").contains("Docker is not available: ")
                .contains("start dockerd or set DOCKER_HOST");
    }

    private static String run(String... properties) throws IOException, InterruptedException {
        Path log = Files.createTempFile("hb-nodocker", ".log");
        Process jvm = ProcessCleanupTestKit.childJvm(hideRun(), ContainerTestCases.class, log, properties);
        if (!jvm.waitFor(120, TimeUnit.SECONDS)) {
            jvm.destroyForcibly();
        }
        return Files.readString(log);
    }

    /** unshare -m sh -c 'mount -t tmpfs none /run && exec "$@"' sh [command...] */
    private static List<String> hideRun(String... command) {
        List<String> argv = new java.util.ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "mount -t tmpfs hb-no-docker /run && mount -t tmpfs hb-no-docker /var/run 2>/dev/null; exec \"$@\"", "sh"));
        argv.addAll(List.of(command));
        return argv;
    }

    @LaunchServer(name = "container", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server", "--bind",
            "127.0.0.1", "{port}"})
    static class ContainerTestCases {

        @org.junit.jupiter.api.Test
        void needsTheContainer() {
        }
    }
}
