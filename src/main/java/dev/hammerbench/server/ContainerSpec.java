package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How to run a server as a container instead of a process.
 *
 * @param image the image reference, e.g. "nginx:1.25" or "hammerbench/python-test:1"
 * @param containerPort the port the server listens on inside the container, or 0 when it listens on
 *     the {port} the extension picks (the command or env then holds {port})
 * @param hostNetwork run in the host's network namespace (no docker-proxy between load and server);
 *     false maps the port instead
 * @param memoryLimitBytes the container's memory limit, or 0 for none
 * @param cpus the container's CPU quota in CPUs, or 0 for none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContainerSpec(String image, int containerPort, boolean hostNetwork, long memoryLimitBytes, double cpus) {

    public ContainerSpec {
        Objects.requireNonNull(image, "image");
    }
}
