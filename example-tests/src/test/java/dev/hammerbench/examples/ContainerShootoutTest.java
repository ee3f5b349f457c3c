package dev.hammerbench.examples;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;

import dev.hammerbench.junit.Hammer;
import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;

/**
 * The same flask app twice, side by side in one table: in a container limited to 128 MiB and one
 * CPU, and as a process on this machine's Python. The container runs with host networking, so both
 * get their load on 127.0.0.1 with nothing between, and both are measured the same way (the
 * container's processes are host processes): what the table shows is the app, not the wrapping.
 *
 * <p>Skipped where no Docker engine answers, or where the image is not built: run
 * {@code scripts/docker-images.sh} as root (it needs dockerd and debootstrap, and no registry).
 */
@EnabledIf(value = "dev.hammerbench.examples.ContainerShootoutTest#imageBuilt",
        disabledReason = "needs a Docker engine with the image " + ContainerShootoutTest.IMAGE
                + " (scripts/docker-images.sh builds it) and Debian's python3-flask for the process")
@LaunchServer(name = "flask in a container", image = ContainerShootoutTest.IMAGE,
        command = {"python3", "/app/flask_app.py", "{port}"}, url = "http://{host}:{port}/hello/World",
        memoryLimit = "128m", cpus = "1")
@LaunchServer(name = "flask as a process", command = {PythonFrameworks.PYTHON, "servers/python/flask_app.py", "{port}"},
        url = "http://{host}:{port}/hello/World",
        versionCommand = {PythonFrameworks.PYTHON, "-c", "import flask; print(flask.__version__)"})
class ContainerShootoutTest {

    static final String IMAGE = "hammerbench/flask-example:1";

    @Test
    @Hammer(calls = 2000, concurrency = 4, timeout = "2s")
    void bothAnswerNearlyEveryCall(Comparison comparison) {
        assertThat(comparison).everyServer().hasSuccessRateAtLeast(0.99);
    }

    static boolean imageBuilt() {
        if (!PythonFrameworks.installed() || !DockerClientFactory.instance().isDockerAvailable()) {
            return false;
        }
        try {
            DockerClientFactory.instance().client().inspectImageCmd(IMAGE).exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
