package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whether a Docker engine answers, as Testcontainers finds it (DOCKER_HOST, ~/.testcontainers.properties,
 * the local socket), asked once per JVM: Testcontainers itself never retries a failed search.
 */
@API(status = INTERNAL, since = "0.1")
public final class DockerEngine {

    static final String TESTCONTAINERS_CLASS = "org.testcontainers.DockerClientFactory";
    private static Optional<String> problem;

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

    /** Why no container can be started here, or empty when an engine answers. */
    public static synchronized Optional<String> problem() {
        if (problem == null) {
            problem = testcontainersPresent() ? Probe.ask() : Optional.of("Testcontainers is not on the test"
                    + " classpath; add org.testcontainers:testcontainers (2.0.x) as a test dependency");
        }
        return problem;
    }

    /** Separate so that Testcontainers' classes load only once it is known to be present. */
    private static final class Probe {
        static Optional<String> ask() {
            try {
                org.testcontainers.DockerClientFactory.instance().client().pingCmd().exec();
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of("Docker is not available: " + ContainerLaunch.Failures.describe(e)
                        + "; start dockerd or set DOCKER_HOST");
            }
        }
    }
}
