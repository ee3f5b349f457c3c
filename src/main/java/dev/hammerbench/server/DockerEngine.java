package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whether a Docker engine answers, as Testcontainers finds it (DOCKER_HOST, ~/.testcontainers.properties,
 * the local socket) or as {@code hammerbench.docker.host} names it, asked once per JVM and engine:
 * Testcontainers itself never retries a failed search.
 */
@API(status = INTERNAL, since = "0.1")
public final class DockerEngine {

    static final String TESTCONTAINERS_CLASS = "org.testcontainers.DockerClientFactory";
    private static final Map<String, Optional<String>> PROBLEMS = new HashMap<>();

    private DockerEngine() {
    }

    /** Whether Testcontainers is on the classpath (it is an optional dependency of Hammerbench). */
    public static boolean testcontainersPresent() {
        try {
            Class.forName(TESTCONTAINERS_CLASS, false, DockerEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Why no container can be started on Testcontainers' engine, or empty when it answers. */
    public static Optional<String> problem() {
        return problem("");
    }

    /**
     * Why no container can be started on the engine at {@code dockerHost} ("" for Testcontainers' own),
     * or empty when it answers.
     */
    public static synchronized Optional<String> problem(String dockerHost) {
        return PROBLEMS.computeIfAbsent(dockerHost, host -> testcontainersPresent() ? Probe.ask(host)
                : Optional.of("Testcontainers is not on the test classpath; add org.testcontainers:testcontainers"
                        + " (2.0.x) as a test dependency"));
    }

    /** Separate so that Testcontainers' classes load only once it is known to be present. */
    private static final class Probe {
        static Optional<String> ask(String dockerHost) {
            try {
                ContainerEngine.client(dockerHost).pingCmd().exec();
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of("Docker is not available" + (dockerHost.isEmpty() ? "" : " at " + dockerHost)
                        + ": " + ContainerLaunch.Failures.describe(e) + "; start dockerd or set DOCKER_HOST");
            }
        }
    }
}
