package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.ServerInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A running, ready server process and its whole process group; {@link #close()} stops the group
 * (TERM, up to 5 s, KILL) and returns once nothing of it is left. A container server
 * ({@link ServerSpec#container()}) is removed instead.
 */
@API(status = INTERNAL, since = "0.1")
public final class LaunchedServer implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int PORT_ATTEMPTS = 3;

    private final ServerInfo info;
    private final Process process;
    private final boolean grouped;
    private final Runnable removeContainer;
    private boolean closed;

    private LaunchedServer(ServerInfo info, Process process, boolean grouped, Runnable removeContainer) {
        this.info = info;
        this.process = process;
        this.grouped = grouped;
        this.removeContainer = removeContainer;
    }

    static LaunchedServer ofContainer(ServerInfo info, Runnable removeContainer) {
        return new LaunchedServer(info, null, false, removeContainer);
    }

    /**
     * Spawns the server and waits until it is ready.
     *
     * @throws ServerLaunchException when it cannot be started, exits while starting, or is not ready
     *     by the deadline; nothing of it is left running then
     */
    public static LaunchedServer launch(ServerSpec spec) {
        if (spec.container().isPresent()) {
            return ContainerLaunch.launch(spec, spec.container().get());
        }
        check(spec);
        for (int attempt = 1; ; attempt++) {
            int port = spec.port() != 0 ? spec.port() : Ports.free(spec.host());
            try {
                return new Launch(spec, port).run();
            } catch (PortTakenException e) {
                if (spec.port() != 0 || attempt >= PORT_ATTEMPTS) {
                    throw new ServerLaunchException(e.getMessage());
                }
                // another process took the free port between our check and the server's bind: pick again
            }
        }
    }

    public ServerInfo info() {
        return info;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (removeContainer != null) {
            removeContainer.run();
            return;
        }
        try {
            stop(process, grouped, STOP_GRACE);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("server '" + info.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalStateException when members of the group (or tree) are still alive after KILL;
     *     they stay registered with the reaper and the shutdown hook
     */
    static void stop(Process process, boolean grouped, Duration grace) {
        long pgid = process.pid();
        if (grouped) {
            if (!ProcessGroups.stop(pgid, grace)) {
                throw new IllegalStateException("process group " + pgid + " still has live members "
                        + ProcessGroups.members(pgid) + " after TERM, " + grace.toSeconds() + " s and KILL");
            }
            LiveServers.remove(pgid);
            Reaper.get().unregister(pgid);
            return;
        }
        ProcessTrees.stop(process, grace);
    }

    private static void check(ServerSpec spec) {
        if (spec.workingDir() != null && !Files.isDirectory(spec.workingDir())) {
            throw new ServerLaunchException("server '" + spec.name() + "': workingDir " + spec.workingDir().toAbsolutePath()
                    + " does not exist or is not a directory");
        }
        if (spec.port() != 0 && Ports.inUse(spec.host(), spec.port())) {
            throw new ServerLaunchException("server '" + spec.name() + "': port " + spec.port() + " on " + spec.host()
                    + " is already in use; free it, or use port = 0 to pick a free port");
        }
        if (!spec.childJvm()) {
            Executables.check(spec.name(), spec.command().get(0), spec.workingDir());
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerLaunchException("interrupted while waiting for a server", e);
        }
    }

    /** The port chosen for the server was taken by someone else before it could bind. */
    private static final class PortTakenException extends Exception {
        private static final long serialVersionUID = 1L;

        PortTakenException(String message) {
            super(message);
        }
    }

    /** One attempt at launching on one port. */
    private static final class Launch {
        private final ServerSpec spec;
        private final int port;
        private final Map<String, String> values;

        Launch(ServerSpec spec, int port) {
            this.spec = spec;
            this.port = port;
            this.values = Map.of("port", Integer.toString(port), "host", spec.host());
        }

        LaunchedServer run() throws PortTakenException {
            URI url = url();
            Process process = spawn();
            long spawned = System.nanoTime();
            boolean grouped = ProcessGroups.SETSID;
            try {
                if (grouped) {
                    LiveServers.add(process.pid());
                    Reaper.get().register(process.pid());
                } else {
                    ProcessTrees.own(process);
                }
                awaitReady(process, url, spawned);
                Duration startup = Duration.ofNanos(System.nanoTime() - spawned);
                String version = spec.version().version(url, spec.workingDir());
                ServerInfo info = new ServerInfo(spec.name(), Optional.ofNullable(version), OptionalLong.of(process.pid()), port,
                        url, Optional.of(spec.logFile()), Optional.of(startup));
                return new LaunchedServer(info, process, grouped, null);
            } catch (RuntimeException | PortTakenException e) {
                // nothing owns the process yet: stop it here, whatever failed
                stop(process, grouped, STOP_GRACE);
                throw e;
            }
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

        private Process spawn() {
            List<String> argv = new ArrayList<>();
            if (ProcessGroups.SETSID) {
                argv.add(ProcessGroups.SETSID_COMMAND);
            }
            try {
                argv.addAll(spec.childJvm() ? ChildJvm.argv(spec, values) : fill(spec.command()));
                argv.addAll(fill(spec.args()));
                Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
                // stdin: a pipe closed at once, so the server reads end of input as from /dev/null, on
                // every OS (Windows has no /dev/null, and there is no Redirect.DISCARD for input)
                ProcessBuilder builder = new ProcessBuilder(argv)
                        .redirectErrorStream(true)
                        .redirectOutput(spec.logFile().toFile())
                        .redirectInput(ProcessBuilder.Redirect.PIPE);
                if (spec.workingDir() != null) {
                    builder.directory(spec.workingDir().toFile());
                }
                spec.env().forEach((key, value) -> builder.environment().put(key, Placeholders.fill(value, values)));
                Process process = builder.start();
                closeStdin(process);
                return process;
            } catch (IOException e) {
                throw new ServerLaunchException("server '" + spec.name() + "': cannot start " + argv + ": " + e.getMessage(), e);
            }
        }

        private static void closeStdin(Process process) {
            try {
                process.getOutputStream().close();
            } catch (IOException e) { // stdin stays open and unwritten, as under a terminal nobody types into
            }
        }

        private List<String> fill(List<String> templates) {
            return templates.stream().map(t -> Placeholders.fill(t, values)).toList();
        }

        private void awaitReady(Process process, URI url, long spawned) throws PortTakenException {
            ReadinessCheck.Target target = new ReadinessCheck.Target(url, spec.host(), port, spec.logFile());
            boolean ready = StartupWait.ready(spec, target, spawned, () -> {
                if (!process.isAlive()) {
                    exited(process);
                }
            });
            if (!ready) {
                throw new ServerLaunchException("server '" + spec.name() + "' was not ready within "
                        + Durations.format(spec.startupTimeout()) + " (startupTimeout): waited for "
                        + spec.readiness().describe() + " at " + url + "; it was stopped. Last lines of "
                        + spec.logFile() + ":\n" + LogFile.tail(spec.logFile(), 20));
            }
        }

        private void exited(Process process) throws PortTakenException {
            int code = waitExit(process);
            if (spec.port() == 0 && LogFile.contains(spec.logFile(), "Address already in use")) {
                throw new PortTakenException("server '" + spec.name() + "': port " + port
                        + " was taken by another process " + PORT_ATTEMPTS + " times in a row");
            }
            throw new ServerLaunchException("server '" + spec.name() + "' exited with code " + code
                    + " while starting (before it was ready). Last lines of " + spec.logFile() + ":\n"
                    + LogFile.tail(spec.logFile(), 20));
        }

        private static int waitExit(Process process) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}
