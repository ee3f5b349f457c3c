package dev.hammerbench.server;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.hammerbench.result.ServerInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.utility.DockerImageName;

/**
 * One launch of a container server through Testcontainers: create (registered with the reaper at
 * once), start, then the same readiness loop as a process. On a local engine the container shares
 * the host's network and is measured through its host pids; on a remote one its port is mapped and it
 * is measured through the Docker stats API ({@link ContainerStats}).
 * Loaded only for {@code image = ...}, so process servers never need Testcontainers on the classpath.
 */
final class ContainerLaunch {

    private static final String VERSION_LABEL = "org.opencontainers.image.version";
    /** On every container Hammerbench starts, with the server's name: {@code docker ps --filter label=...}. */
    static final String SERVER_LABEL = "dev.hammerbench.server";

    private final ServerSpec spec;
    private final ContainerSpec container;
    private final ContainerEngine engine;
    private final boolean hostNetwork;
    private final int port;
    private final Map<String, String> values;

    private ContainerLaunch(ServerSpec spec, ContainerSpec container, ContainerEngine engine, boolean hostNetwork,
            int port) {
        this.spec = spec;
        this.container = container;
        this.engine = engine;
        this.hostNetwork = hostNetwork;
        this.port = port;
        // inside a mapped container the server must listen where the mapping reaches it
        this.values = Map.of("port", Integer.toString(port), "host", hostNetwork ? spec.host() : "0.0.0.0");
    }

    static LaunchedServer launch(ServerSpec spec, ContainerSpec container) {
        DockerEngine.problem(container.dockerHost()).ifPresent(problem -> {
            throw new ServerLaunchException("server '" + spec.name() + "': " + problem);
        });
        ContainerEngine engine = ContainerEngine.of(container);
        boolean hostNetwork = switch (container.network()) {
            case AUTO -> !engine.remote();
            case HOST -> true;
            case MAPPED -> false;
        };
        if (hostNetwork && engine.remote()) {
            throw new ServerLaunchException("server '" + spec.name() + "': network = HOST needs a local engine, and "
                    + engine.dockerHost() + " is taken as remote (" + (container.engine() == ContainerSpec.Engine.REMOTE
                    ? "hammerbench.docker.remote = true" : "not a local socket") + "); accepted there: network = AUTO"
                    + " or MAPPED (the port published on the engine's host)");
        }
        int port = container.containerPort() != 0 ? container.containerPort() : Ports.free(spec.host());
        if (hostNetwork && Ports.inUse(spec.host(), port)) {
            throw new ServerLaunchException("server '" + spec.name() + "': port " + port + " on " + spec.host()
                    + " is already in use, and under host networking the container listens on the host's port;"
                    + " free it, or leave containerPort = 0 and listen on {port}");
        }
        return new ContainerLaunch(spec, container, engine, hostNetwork, port).run();
    }

    private LaunchedServer run() {
        String reference = container.dockerfile() != null
                ? ContainerBuilds.image(spec.name(), container.dockerfile(), engine.client()) : container.image();
        DockerImageName image = DockerImageName.parse(reference);
        ContainerImages.ensure(spec.name(), image, spec.startupTimeout(), engine.client());
        ServerContainer server = new ServerContainer(image, spec.logFile(), engine.client());
        server.withLabel(SERVER_LABEL, spec.name());
        if (hostNetwork) {
            server.withNetworkMode("host");
        } else {
            server.withExposedPorts(port);
        }
        spec.env().forEach((key, value) -> server.withEnv(key, Placeholders.fill(value, values)));
        List<String> command = new ArrayList<>(fill(spec.command()));
        command.addAll(fill(spec.args()));
        if (!command.isEmpty()) {
            server.withCommand(command.toArray(String[]::new));
        }
        server.limit(container.memoryLimitBytes(), container.cpus());
        long spawned = System.nanoTime();
        ServerInfo registered = null;
        try {
            server.start();
            InspectContainerResponse inspected = server.getContainerInfo();
            long pid = inspected.getState().getPidLong();
            int loadPort = hostNetwork ? port : server.getMappedPort(port);
            String loadHost = hostNetwork ? spec.host() : engine.loadHost();
            URI url = url(loadHost, loadPort);
            awaitReady(server, url, loadHost, loadPort, spawned);
            Duration startup = Duration.ofNanos(System.nanoTime() - spawned);
            String version = spec.version().version(url, spec.workingDir());
            if (version.isEmpty()) {
                version = imageVersion(inspected);
            }
            boolean local = !engine.remote() && ContainerEngine.inThisProc(pid, server.getContainerId());
            ServerInfo info = new ServerInfo(spec.name(), Optional.of(version), local ? OptionalLong.of(pid) : OptionalLong.empty(),
                    loadPort, url, Optional.of(spec.logFile()), Optional.of(startup));
            if (!local) {
                ContainerStats.register(info, new ContainerStats(spec.name(), engine.client(), server.getContainerId()));
                registered = info;
            }
            ServerInfo owned = registered;
            return LaunchedServer.ofContainer(info, () -> {
                if (owned != null) {
                    ContainerStats.unregister(owned);
                }
                server.remove();
            });
        } catch (RuntimeException e) {
            // nothing owns the container yet: remove it here, whatever failed
            if (registered != null) {
                ContainerStats.unregister(registered);
            }
            server.remove();
            if (e instanceof ServerLaunchException) {
                throw e;
            }
            throw new ServerLaunchException("server '" + spec.name() + "': cannot start a container of "
                    + container.describe() + ": " + Failures.describe(e), e);
        }
    }

    private void awaitReady(ServerContainer server, URI url, String host, int loadPort, long spawned) {
        ReadinessCheck.Target target = new ReadinessCheck.Target(url, host, loadPort, spec.logFile());
        boolean ready = StartupWait.ready(spec, target, spawned, () -> {
            InspectContainerResponse.ContainerState state = server.state();
            if (!Boolean.TRUE.equals(state.getRunning())) {
                throw new ServerLaunchException("server '" + spec.name() + "': container of " + container.describe()
                        + " exited with code " + state.getExitCodeLong() + " while starting (before it was ready)."
                        + " Last lines of its log:\n" + server.logTail(20));
            }
        });
        if (!ready) {
            throw new ServerLaunchException("server '" + spec.name() + "' (container of " + container.describe()
                    + ") was not ready within " + Durations.format(spec.startupTimeout())
                    + " (startupTimeout): waited for " + spec.readiness().describe() + " at " + url
                    + "; it was removed. Last lines of its log:\n" + server.logTail(20));
        }
    }

    /** The image's version label, else its tag (unless "latest"), else "". */
    static String imageVersion(InspectContainerResponse inspected) {
        Map<String, String> labels = inspected.getConfig() == null ? null : inspected.getConfig().getLabels();
        if (labels != null && labels.get(VERSION_LABEL) != null && !labels.get(VERSION_LABEL).isBlank()) {
            return labels.get(VERSION_LABEL).strip();
        }
        String image = inspected.getConfig() == null ? null : inspected.getConfig().getImage();
        if (image == null) {
            return "";
        }
        String tag = DockerImageName.parse(image).getVersionPart();
        return "latest".equals(tag) || tag.startsWith("sha256:") ? "" : tag;
    }

    private URI url(String host, int loadPort) {
        Map<String, String> urlValues = Map.of("port", Integer.toString(loadPort), "host", host);
        String filled = Placeholders.fill(spec.urlTemplate(), Placeholders.forUrl(urlValues));
        try {
            return new URI(filled);
        } catch (URISyntaxException e) {
            throw new ServerLaunchException("server '" + spec.name() + "': url '" + filled + "' is not a URI: "
                    + e.getMessage());
        }
    }

    private List<String> fill(List<String> templates) {
        return templates.stream().map(t -> Placeholders.fill(t, values)).toList();
    }

    /** Testcontainers' messages hide the engine's reason in a cause: show the chain, shortest first. */
    static final class Failures {
        private Failures() {
        }

        static String describe(Throwable e) {
            StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                    text.append(": ").append(cause.getMessage());
                }
            }
            return text.toString().strip();
        }
    }
}
