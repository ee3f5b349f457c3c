package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * How a launched server is known to be ready, asked again and again until it says yes or the
 * startup deadline passes. In the manner of Testcontainers' wait strategies.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReadinessCheck {

    /** True when the server is ready. Must return within about a second. */
    boolean isReady(Target target) throws IOException;

    /** What the check waits for, for error messages. */
    String describe();

    /**
     * The launched server as a readiness check sees it.
     *
     * @param url the filled-in server URL
     * @param host where it listens
     * @param port its port
     * @param log the file its output goes to
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Target(URI url, String host, int port, Path log) {
    }

    /** Any HTTP response to {@code path} (relative to the server URL; "" for the URL), or {@code status} when > 0. */
    static ReadinessCheck forHttp(String path, int status) {
        return new ReadinessCheck() {
            @Override
            public boolean isReady(Target target) throws IOException {
                if (!portOpen(target.host(), target.port())) {
                    return false;
                }
                URI uri = path.isEmpty() ? target.url() : target.url().resolve(path);
                HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(1000);
                connection.setInstanceFollowRedirects(false);
                try {
                    int code = connection.getResponseCode();
                    return status <= 0 || code == status;
                } finally {
                    connection.disconnect();
                }
            }

            @Override
            public String describe() {
                String what = path.isEmpty() ? "the url" : "path '" + path + "'";
                return status > 0 ? "HTTP " + status + " from " + what : "an HTTP response from " + what;
            }
        };
    }

    /** A TCP connection to the port succeeds. */
    static ReadinessCheck forPort() {
        return new ReadinessCheck() {
            @Override
            public boolean isReady(Target target) {
                return portOpen(target.host(), target.port());
            }

            @Override
            public String describe() {
                return "the port to accept a TCP connection";
            }
        };
    }

    /** A line of the server's output matches {@code regex}. */
    static ReadinessCheck forLogLine(Pattern regex) {
        return new ReadinessCheck() {
            @Override
            public boolean isReady(Target target) throws IOException {
                return LogFile.anyLineMatches(target.log(), regex);
            }

            @Override
            public String describe() {
                return "a log line matching /" + regex.pattern() + "/";
            }
        };
    }

    /**
     * Connects and says whether someone accepted. A connect to a port nobody listens on can, on an
     * ephemeral port, connect to itself (TCP simultaneous open): such a connection is not a server.
     */
    static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return socket.getLocalPort() != port || !socket.getLocalAddress().equals(socket.getInetAddress());
        } catch (IOException e) {
            return false;
        }
    }
}
