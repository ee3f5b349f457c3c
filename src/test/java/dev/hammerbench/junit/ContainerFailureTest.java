package dev.hammerbench.junit;

import static dev.hammerbench.junit.Docker.PYTHON_IMAGE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** A container that cannot serve fails its class with the reason, and is removed, on a real engine. */
class ContainerFailureTest {

    static Failures failures;

    @BeforeAll
    static void runTheFailures() {
        Docker.assumeEngineAndImage();
        Docker.removeAll(PYTHON_IMAGE);
        failures = Failures.of(FailingTestCases.class);
    }

    @AfterAll
    static void nothingLeft() {
        if (failures == null) {
            return; // skipped before anything ran: no engine (docker ps would fail with the client alone) or no image
        }
        assertThat(Docker.containersOf(PYTHON_IMAGE)).as("containers of the failures left behind").isEmpty();
    }

    @Test
    void aContainerThatExitsWhileStartingReportsItsExitCodeAndLog() {
        failures.assertMessage("exits", ExtensionConfigurationException.class,
                "server 'x': container of image 'hammerbench/python-test:1' exited with code 3 while starting (before it"
                        + " was ready). Last lines of its log:\n    | going down instead of listening on ");
    }

    @Test
    void aContainerNeverReadyIsRemovedAfterStartupTimeout() {
        failures.assertMessage("neverReady", ExtensionConfigurationException.class,
                "server 'x' (container of image 'hammerbench/python-test:1') was not ready within 2 s (startupTimeout):"
                        + " waited for", "; it was removed. Last lines of its log:\n    | not listening on ");
    }

    @Test
    void anImageTheEngineLacksAndCannotPullIsNamedWithTheEnginesReason() {
        failures.assertMessage("noSuchImage", ExtensionConfigurationException.class,
                "server 'x': image 'hammerbench/no-such-image:1' is not on the Docker engine and cannot be pulled: ",
                "; build it (docker build -t hammerbench/no-such-image:1 ...), load it (docker load), or check the registry");
    }

    static class FailingTestCases {

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, command = {"sh", "-c",
                "echo going down instead of listening on $0; exit 3", "{port}"})
        void exits() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, command = {"sh", "-c", "echo not listening on $0; exec sleep 300",
                "{port}"}, startupTimeout = "2s")
        void neverReady() {
        }

        @Test
        @LaunchServer(name = "x", image = "hammerbench/no-such-image:1", containerPort = 8080)
        void noSuchImage() {
        }
    }
}
