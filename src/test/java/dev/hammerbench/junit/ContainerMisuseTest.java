package dev.hammerbench.junit;

import static dev.hammerbench.junit.Docker.PYTHON_IMAGE;
import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Every misuse of the container attributes fails before any engine is asked, with or without
 * Docker: the message names the server, the attribute, what is wrong and what is accepted.
 */
class ContainerMisuseTest {

    static Failures failures;

    @BeforeAll
    static void runTheMisuses() {
        failures = Failures.of(MisusedTestCases.class);
    }

    @Test
    void imageAndMainClass() {
        failures.assertMessage("imageAndMainClass", ExtensionConfigurationException.class,
                "@LaunchServer on ContainerMisuseTest$MisusedTestCases.imageAndMainClass(), server 'x': image/mainClass are"
                        + " both set; accepted: one of them: image = \"nginx:1.25\" (command is then the container's) or mainClass");
    }

    @Test
    void containerPortMissing() {
        failures.assertMessage("containerPortMissing", ExtensionConfigurationException.class,
                "server 'x': containerPort is missing: the port the image's server listens on is not known; accepted: "
                        + "containerPort = 80 (the port inside the container), or {port} in command or env");
    }

    @Test
    void containerPortOutOfRange() {
        failures.assertMessage("containerPortOutOfRange", ExtensionConfigurationException.class,
                "server 'x': containerPort is 70000; accepted: 1..65535, or 0 when");
    }

    @Test
    void containerPortWithoutImage() {
        failures.assertMessage("containerPortWithoutImage", ExtensionConfigurationException.class,
                "server 'x': containerPort is set without image or dockerfile; accepted: containerPort only with image"
                        + " = \"...\" or dockerfile = \"...\"");
    }

    @Test
    void portWithImage() {
        failures.assertMessage("portWithImage", ExtensionConfigurationException.class,
                "server 'x': port is set with image; accepted: containerPort for the port inside the container");
    }

    @Test
    void jvmArgsWithImage() {
        failures.assertMessage("jvmArgsWithImage", ExtensionConfigurationException.class,
                "server 'x': jvmArgs is set with image; accepted: jvmArgs only for process servers");
    }

    @Test
    void workingDirWithImage() {
        failures.assertMessage("workingDirWithImage", ExtensionConfigurationException.class,
                "server 'x': workingDir is set with image; accepted: workingDir only for process servers");
    }

    @Test
    void malformedImage() {
        failures.assertMessage("malformedImage", ExtensionConfigurationException.class,
                "server 'x': image \"Not An Image\" is not an image reference; accepted: [registry/]name[:tag]");
    }

    @Test
    void badMemoryLimit() {
        failures.assertMessage("badMemoryLimit", ExtensionConfigurationException.class,
                "server 'x': memoryLimit is \"lots\"; accepted: at least 6m");
    }

    @Test
    void tooSmallMemoryLimit() {
        failures.assertMessage("tooSmallMemoryLimit", ExtensionConfigurationException.class,
                "server 'x': memoryLimit is \"1m\"; accepted: at least 6m");
    }

    @Test
    void badCpus() {
        failures.assertMessage("badCpus", ExtensionConfigurationException.class,
                "server 'x': cpus is \"-1\"; accepted: a number of CPUs from 0.01 to");
    }

    @Test
    void cpusWithoutImage() {
        failures.assertMessage("cpusWithoutImage", ExtensionConfigurationException.class,
                "server 'x': cpus is set without image");
    }

    @Test
    void imageAndDockerfile() {
        failures.assertMessage("imageAndDockerfile", ExtensionConfigurationException.class,
                "server 'x': image/dockerfile are both set; accepted: one of them: image = \"nginx:1.25\" or"
                        + " dockerfile = \"src/test/docker/app/Dockerfile\"");
    }

    @Test
    void dockerfileMissing() {
        failures.assertMessage("dockerfileMissing", ExtensionConfigurationException.class,
                "server 'x': dockerfile \"src/test/docker/none/Dockerfile\" is not a file (looked at ");
        failures.assertMessage("dockerfileMissing", ExtensionConfigurationException.class,
                "; accepted: a path to a Dockerfile relative to the working directory, e.g."
                        + " \"src/test/docker/api/Dockerfile\"; its directory is the build context");
    }

    @Test
    void networkWithoutImage() {
        failures.assertMessage("networkWithoutImage", ExtensionConfigurationException.class,
                "server 'x': network is set without image or dockerfile; accepted: network only with image");
    }

    @Test
    void everyMisuseFailed() {
        org.assertj.core.api.Assertions.assertThat(failures.size()).isEqualTo(15);
    }

    static class MisusedTestCases {

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, mainClass = TEST_SERVER, containerPort = 80)
        void imageAndMainClass() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, command = {"python3", "-m", "http.server"})
        void containerPortMissing() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, containerPort = 70000)
        void containerPortOutOfRange() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", containerPort = 80)
        void containerPortWithoutImage() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, containerPort = 80, port = 8080)
        void portWithImage() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, containerPort = 80, jvmArgs = "-Xmx64m")
        void jvmArgsWithImage() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, containerPort = 80, workingDir = "target")
        void workingDirWithImage() {
        }

        @Test
        @LaunchServer(name = "x", image = "Not An Image", containerPort = 80)
        void malformedImage() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, containerPort = 80, memoryLimit = "lots")
        void badMemoryLimit() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, containerPort = 80, memoryLimit = "1m")
        void tooSmallMemoryLimit() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, containerPort = 80, cpus = "-1")
        void badCpus() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", cpus = "0.5")
        void cpusWithoutImage() {
        }

        @Test
        @LaunchServer(name = "x", image = PYTHON_IMAGE, dockerfile = "src/test/docker/perl/Dockerfile", containerPort = 80)
        void imageAndDockerfile() {
        }

        @Test
        @LaunchServer(name = "x", dockerfile = "src/test/docker/none/Dockerfile", containerPort = 80)
        void dockerfileMissing() {
        }

        @Test
        @LaunchServer(name = "x", command = "true", network = LaunchServer.ContainerNetwork.MAPPED)
        void networkWithoutImage() {
        }
    }
}
