package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/** Where a server's version comes from: a literal, a command's first output line, or the Server header. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface VersionSource {

    /** The version, or "" when it cannot be told; never throws. */
    String version(URI serverUrl, Path workingDir);

    static VersionSource none() {
        return (url, dir) -> "";
    }

    static VersionSource literal(String version) {
        return (url, dir) -> version;
    }

    /** The first line the command prints (stdout and stderr merged), within 15 s. */
    static VersionSource command(List<String> argv) {
        List<String> command = List.copyOf(argv);
        return (url, dir) -> {
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                if (dir != null) {
                    builder.directory(dir.toFile());
                }
                Process process = builder.start();
                process.getOutputStream().close();
                try (InputStream out = process.getInputStream()) {
                    if (!process.waitFor(15, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        return "";
                    }
                    String text = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
                    int newline = text.indexOf('\n');
                    return newline < 0 ? text : text.substring(0, newline).strip();
                }
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        };
    }

    /** The {@code Server} response header of a GET to the server URL. */
    static VersionSource serverHeader() {
        return (url, dir) -> {
            try {
                HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                try {
                    connection.getResponseCode();
                    String header = connection.getHeaderField("Server");
                    return header == null ? "" : header.strip();
                } finally {
                    connection.disconnect();
                }
            } catch (IOException e) {
                return "";
            }
        };
    }
}
