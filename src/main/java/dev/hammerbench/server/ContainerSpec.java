package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How to run a server as a container instead of a process.
 *
 * @param image the image reference, e.g. "nginx:1.25" or "hammerbench/python-test:1"; "" when built
 *     from {@code dockerfile}
 * @param dockerfile a Dockerfile whose directory is the build context, or null for {@code image}
 * @param containerPort the port the server listens on inside the container, or 0 when it listens on
 *     the {port} the extension picks (the command or env then holds {port})
 * @param network how the load reaches it
 * @param memoryLimitBytes the container's memory limit, or 0 for none
 * @param cpus the container's CPU quota in CPUs, or 0 for none
 * @param dockerHost the engine to use, e.g. "tcp://10.0.0.5:2375"; "" for the one Testcontainers finds
 * @param engine whether that engine is taken as local or remote
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContainerSpec(String image, Path dockerfile, int containerPort, Network network, long memoryLimitBytes,
        double cpus, String dockerHost, Engine engine) {

    public ContainerSpec {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(dockerHost, "dockerHost");
        Objects.requireNonNull(engine, "engine");
        if (image.isEmpty() == (dockerfile == null)) {
            throw new IllegalArgumentException("exactly one of image and dockerfile");
        }
    }

    /** The same container on another engine. */
    public ContainerSpec on(String dockerHost, Engine engine) {
        return new ContainerSpec(image, dockerfile, containerPort, network, memoryLimitBytes, cpus, dockerHost, engine);
    }

    /** What to call the image in messages. */
    String describe() {
        return dockerfile == null ? "image '" + image + "'" : "dockerfile '" + dockerfile + "'";
    }

    /** How the load reaches the container. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Network {
        /** Host networking on a local engine, mapped ports on a remote one. */
        AUTO,
        /** The host's network namespace: no proxy between the load and the server. */
        HOST,
        /** The container port published on a free port of the engine's host. */
        MAPPED
    }

    /** Whether the engine is taken as local (measured through /proc) or remote (through the stats API). */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Engine {
        /** Local when reached through a local socket and the container's processes are in this /proc. */
        AUTO,
        LOCAL,
        REMOTE
    }
}
