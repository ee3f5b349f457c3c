package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A server in a round: launched by {@code @LaunchServer} (then {@link #pid()} is its process and
 * process group id) or an explicit URL nobody launched ({@link #launched()} is false).
 *
 * @param name the unique name given in the annotation
 * @param version "" when unknown
 * @param pid the process (and process group) id, or -1 when the server was not launched here
 * @param port the TCP port the server listens on
 * @param baseUri the server URL with placeholders filled in
 * @param logFile where its stdout and stderr go, or {@code null} when not launched here
 * @param startupTime from spawn to ready, or {@code null} when not launched here
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServerInfo(String name, String version, long pid, int port, URI baseUri, Path logFile,
        Duration startupTime) {

    public ServerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUri, "baseUri");
        version = version == null ? "" : version.strip();
    }

    /** A target no {@code @LaunchServer} started: no process, no log, no startup time. */
    public static ServerInfo external(String name, URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return new ServerInfo(name, "", -1, port, uri, null, null);
    }

    public boolean launched() {
        return pid > 0;
    }

    /** "name version", as the seed showed servers. */
    public String displayName() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
