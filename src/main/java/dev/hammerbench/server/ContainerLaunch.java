package dev.hammerbench.server;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.hammerbench.result.ServerInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.utility.DockerImageName;

/**
 * One launch of a container server through Testcontainers: create (registered with the reaper at
 * once), start, then the same readiness loop as a process, against 127.0.0.1 under host networking.
 * Loaded only for {@code image = ...}, so process servers never need Testcontainers on the classpath.
 */
final class ContainerLaunch {

    private static final String VERSION_LABEL = "org.opencontainers.image.version";

    private final ServerSpec spec;
    private final ContainerSpec container;
    private final int port;
    private final Map<String, String> values;

    private ContainerLaunch(ServerSpec spec, ContainerSpec container, int port) {
        this.spec = spec;
        this.container = container;
        this.port = port;
        this.values = Map.of("port", Integer.toString(port), "host", spec.host());
    }

    static LaunchedServer launch(ServerSpec spec, ContainerSpec container) {
        DockerEngine.problem().ifPresent(problem -> {
            throw new ServerLaunchException("server '" + spec.name() + "': " + problem);
        });
        if (!container.hostNetwork()) {
            throw new ServerLaunchException("server '" + spec.name() + "': only host networking is supported so far");
        }
        int port = container.containerPort() != 0 ? container.containerPort() : Ports.free(spec.host());
        if (Ports.inUse(spec.host(), port)) {
            throw new ServerLaunchException("server '" + spec.name() + "': port " + port + " on " + spec.host()
                    + " is already in use, and under host networking the container listens on the host's port;"
                    + " free it, or leave containerPort = 0 and listen on {port}");
        }
        return new ContainerLaunch(spec, container, port).run();
    }

    private LaunchedServer run() {
        URI url = url();
        DockerImageName image = DockerImageName.parse(container.image());
        ContainerImages.ensure(spec.name(), image, spec.startupTimeout());
        ServerContainer server = new ServerContainer(image, spec.logFile());
        server.withNetworkMode("host");
        spec.env().forEach((key, value) -> server.withEnv(key, Placeholders.fill(value, values)));
        List<String> command = new ArrayList<>(fill(spec.command()));
        command.addAll(fill(spec.args()));
        if (!command.isEmpty()) {
            server.withCommand(command.toArray(String[]::new));
        }
        server.limit(container.memoryLimitBytes(), container.cpus());
        long spawned = System.nanoTime();
        try {
            server.start();
            InspectContainerResponse inspected = server.getContainerInfo();
            long pid = inspected.getState().getPidLong();
            awaitReady(server, url, spawned);
            Duration startup = Duration.ofNanos(System.nanoTime() - spawned);
            String version = spec.version().version(url, spec.workingDir());
            if (version.isEmpty()) {
                version = imageVersion(inspected);
            }
            ServerInfo info = new ServerInfo(spec.name(), version, pid, port, url, spec.logFile(), startup);
            return LaunchedServer.ofContainer(info, () -> server.remove());
        } catch (RuntimeException e) {
            // nothing owns the container yet: remove it here, whatever failed
            server.remove();
            if (e instanceof ServerLaunchException) {
                throw e;
            }
            throw new ServerLaunchException("server '" + spec.name() + "': cannot start a container of image '"
                    + container.image() + "': " + Failures.describe(e), e);
        }
    }

    private void awaitReady(ServerContainer server, URI url, long spawned) {
        ReadinessCheck.Target target = new ReadinessCheck.Target(url, spec.host(), port, spec.logFile());
        long deadline = spawned + spec.startupTimeout().toNanos();
        long pause = 10;
        while (true) {
            InspectContainerResponse.ContainerState state = server.state();
            if (!Boolean.TRUE.equals(state.getRunning())) {
                throw new ServerLaunchException("server '" + spec.name() + "': container of image '" + container.image()
                        + "' exited with code " + state.getExitCodeLong() + " while starting (before it was ready)."
                        + " Last lines of its log:\n" + server.logTail(20));
            }
            try {
                if (spec.readiness().isReady(target)) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not ready yet
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new ServerLaunchException("server '" + spec.name() + "' (container of image '" + container.image()
                        + "') was not ready within " + Durations.format(spec.startupTimeout())
                        + " (startupTimeout): waited for " + spec.readiness().describe() + " at " + url
                        + "; it was removed. Last lines of its log:\n" + server.logTail(20));
            }
            LaunchedServer.sleep(pause);
            pause = Math.min(pause * 2, 100);
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

    private URI url() {
        String filled = Placeholders.fill(spec.urlTemplate(), Placeholders.forUrl(values));
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
