package dev.hammerbench.server;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;
import org.testcontainers.utility.DockerImageName;

/**
 * A GenericContainer that Hammerbench drives: registered with the reaper the moment it is created
 * (before it starts, so a JVM killed during start leaves nothing), its output appended to the
 * server's log file, and readiness left to Hammerbench's own loop (the same checks a process gets)
 * instead of Testcontainers' wait strategies, so the exit code and log tail can be reported.
 */
final class ServerContainer extends GenericContainer<ServerContainer> {

    private final Path logFile;
    private OutputStream log;
    private String registeredId;

    ServerContainer(DockerImageName image, Path logFile, DockerClient client) {
        super(image);
        this.logFile = logFile;
        // the engine Hammerbench chose (hammerbench.docker.host), which may not be Testcontainers' default;
        // the image is on it already (ContainerImages), so Testcontainers is not to look for it elsewhere
        this.dockerClient = client;
        withImagePullPolicy(name -> false);
        withStartupAttempts(1);
        withStartupCheckStrategy(new StartedIsEnough());
        waitingFor(new NoWait());
    }

    void limit(long memoryBytes, double cpus) {
        if (memoryBytes > 0 || cpus > 0) {
            withCreateContainerCmdModifier(cmd -> {
                if (memoryBytes > 0) {
                    cmd.getHostConfig().withMemory(memoryBytes).withMemorySwap(memoryBytes);
                }
                if (cpus > 0) {
                    cmd.getHostConfig().withNanoCPUs(Math.round(cpus * 1e9));
                }
            });
        }
    }

    @Override
    protected void containerIsCreated(String containerId) {
        registeredId = containerId;
        Reaper reaper = Reaper.get();
        if (reaper != null) {
            reaper.registerContainer(containerId);
        }
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            log = Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ServerLaunchException("cannot open the log file " + logFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void containerIsStarting(InspectContainerResponse containerInfo) {
        // from the start of its output, as a process's redirected stdout would be
        followOutput(this::append);
    }

    private synchronized void append(OutputFrame frame) {
        byte[] bytes = frame.getBytes();
        if (log == null || bytes == null) {
            return;
        }
        try {
            log.write(bytes);
            log.flush();
        } catch (IOException e) {
            // the log is diagnostics; a full disk must not fail the round
        }
    }

    InspectContainerResponse.ContainerState state() {
        return getDockerClient().inspectContainerCmd(getContainerId()).exec().getState();
    }

    /** The engine's copy of the output (complete even when the log consumer lags), last lines. */
    String logTail(int count) {
        String[] lines = getLogs().split("\n", -1);
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, lines.length - count - 1); i < lines.length; i++) {
            if (!lines[i].isEmpty() || i < lines.length - 1) {
                text.append(text.length() == 0 ? "" : "\n").append("    | ").append(lines[i]);
            }
        }
        return text.length() == 0 ? "    (empty)" : text.toString();
    }

    /** Kills and removes the container, then stops guarding it; idempotent. */
    synchronized void remove() {
        try {
            stop();
        } finally {
            if (registeredId != null && !exists(registeredId)) {
                Reaper reaper = Reaper.get();
                if (reaper != null) {
                    reaper.unregisterContainer(registeredId);
                }
                registeredId = null;
            }
            closeLog();
        }
    }

    private boolean exists(String id) {
        DockerClient client = getDockerClient();
        try {
            client.inspectContainerCmd(id).exec();
            return true;
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            return false;
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                // nothing left to write
            }
            log = null;
        }
    }

    /** Startup is judged by Hammerbench's loop, which reports the exit code and the log tail. */
    private static final class StartedIsEnough extends StartupCheckStrategy {
        @Override
        public StartupStatus checkStartupState(DockerClient dockerClient, String containerId) {
            return StartupStatus.SUCCESSFUL;
        }
    }

    /** Readiness is Hammerbench's (HTTP, PORT, LOG_LINE with startupTimeout), not Testcontainers'. */
    private static final class NoWait implements WaitStrategy {
        @Override
        public void waitUntilReady(WaitStrategyTarget target) {
            // Hammerbench's own loop follows
        }

        @Override
        public WaitStrategy withStartupTimeout(Duration startupTimeout) {
            return this;
        }
    }
}
