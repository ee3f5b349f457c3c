package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What to launch, with every template still unfilled (the port is chosen at launch).
 *
 * @param name the unique name
 * @param command the argv; empty when {@code mainClass} is set
 * @param mainClass a main class to run in a child JVM on the test classpath; "" when {@code command} is set
 * @param jvmArgs options for the child JVM
 * @param args arguments appended to the command or passed to the main class
 * @param urlTemplate the server URL with {port} and {host} placeholders
 * @param env extra environment variables (values may hold placeholders)
 * @param workingDir where to run; null for the current directory
 * @param host the {host} value
 * @param port a fixed port, or 0 to pick a free one
 * @param readiness how to tell it is ready
 * @param startupTimeout how long readiness may take
 * @param version how to learn the version
 * @param logFile where stdout and stderr go
 * @param container how to run it as a container; empty for a process
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServerSpec(String name, List<String> command, String mainClass, List<String> jvmArgs, List<String> args,
        String urlTemplate, Map<String, String> env, Path workingDir, String host, int port, ReadinessCheck readiness,
        Duration startupTimeout, VersionSource version, Path logFile, Optional<ContainerSpec> container) {

    public ServerSpec {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        jvmArgs = List.copyOf(jvmArgs);
        args = List.copyOf(args);
        env = Map.copyOf(env);
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(container, "container");
    }

    /** The same server run as this container. */
    public ServerSpec withContainer(ContainerSpec container) {
        return new ServerSpec(name, command, mainClass, jvmArgs, args, urlTemplate, env, workingDir, host, port,
                readiness, startupTimeout, version, logFile, Optional.of(container));
    }

    boolean childJvm() {
        return !mainClass.isEmpty();
    }
}
