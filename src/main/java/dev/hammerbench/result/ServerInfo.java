package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A server in a round: launched by {@code @LaunchServer} (then {@link #pid()} is its process and
 * process group id) or an explicit URL nobody launched ({@link #launched()} is false, and pid, log
 * file and startup time are empty).
 *
 * @param name the unique name given in the annotation
 * @param version what the server said it is; empty when unknown
 * @param pid the process (and process group) id; empty when the server was not launched here
 * @param port the TCP port the server listens on
 * @param baseUri the server URL with placeholders filled in
 * @param logFile where its stdout and stderr go; empty when not launched here
 * @param startupTime from spawn to ready; empty when not launched here
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServerInfo(String name, Optional<String> version, OptionalLong pid, int port, URI baseUri,
        Optional<Path> logFile, Optional<Duration> startupTime) {

    public ServerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUri, "baseUri");
        version = Objects.requireNonNull(version, "version (Optional.empty() when unknown)").map(String::strip)
                .filter(v -> !v.isEmpty());
        Objects.requireNonNull(pid, "pid (OptionalLong.empty() when not launched here)");
        Objects.requireNonNull(logFile, "logFile (Optional.empty() when not launched here)");
        Objects.requireNonNull(startupTime, "startupTime (Optional.empty() when not launched here)");
    }

    /** A target no {@code @LaunchServer} started: no process, no log, no startup time. */
    public static ServerInfo external(String name, URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return new ServerInfo(name, Optional.empty(), OptionalLong.empty(), port, uri, Optional.empty(), Optional.empty());
    }

    public boolean launched() {
        return pid.isPresent();
    }

    /** "name version", as the seed showed servers. */
    public String displayName() {
        return version.map(v -> name + " " + v).orElse(name);
    }
}
