package dev.hammerbench.server;

import com.github.dockerjava.api.DockerClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;

/**
 * The engine a container server runs on: Testcontainers' own (DOCKER_HOST and the rest of its
 * search), or the one {@code hammerbench.docker.host} names, with a docker-java client of
 * Testcontainers' making for it. Whether it is remote decides how the server is measured and reached.
 *
 * @param client talks to the engine
 * @param dockerHost where the engine is, e.g. unix:///var/run/docker.sock or tcp://10.0.0.5:2375
 * @param remote measured through the stats API and reached through mapped ports
 * @param loadHost where published ports are reached: the engine's host, "localhost" for a socket
 */
record ContainerEngine(DockerClient client, URI dockerHost, boolean remote, String loadHost) {

    private static final Map<String, DockerClient> CLIENTS = new ConcurrentHashMap<>();

    static ContainerEngine of(ContainerSpec container) {
        DockerClient client = client(container.dockerHost());
        URI host = container.dockerHost().isEmpty()
                ? DockerClientFactory.instance().getTransportConfig().getDockerHost() : URI.create(container.dockerHost());
        boolean socket = "unix".equals(host.getScheme()) || "npipe".equals(host.getScheme());
        boolean remote = switch (container.engine()) {
            case REMOTE -> true;
            case LOCAL -> false;
            case AUTO -> !socket;
        };
        String loadHost = container.dockerHost().isEmpty() ? DockerClientFactory.instance().dockerHostIpAddress()
                : socket ? "localhost" : host.getHost();
        return new ContainerEngine(client, host, remote, loadHost);
    }

    /** Testcontainers' client for "", else one client per engine for the JVM's life. */
    static DockerClient client(String dockerHost) {
        if (dockerHost.isEmpty()) {
            return DockerClientFactory.instance().client();
        }
        return CLIENTS.computeIfAbsent(dockerHost, host -> DockerClientProviderStrategy.getClientForConfig(
                TransportConfig.builder().dockerHost(URI.create(host)).build()));
    }

    /**
     * Whether the container's main process is one of this machine's: a local socket can still lead to
     * a VM (Docker Desktop), whose pids mean nothing in this /proc.
     */
    static boolean inThisProc(long pid, String containerId) {
        try {
            return pid > 0 && Files.readString(Path.of("/proc", Long.toString(pid), "cgroup")).contains(containerId);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
