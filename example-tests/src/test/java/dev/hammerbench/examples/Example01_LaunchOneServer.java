package dev.hammerbench.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.junit.LaunchServer;
import dev.hammerbench.result.ServerInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

/**
 * Lesson 1: launch a server.
 *
 * <p>{@code @LaunchServer} on the class starts a real server process before the first test and stops
 * it (its whole process group) after the last. {@code mainClass} runs a main class in a child JVM with
 * the test classpath; {@code {port}} becomes a free loopback port; the launch waits until the
 * {@code url} answers. A test asks for the running server by declaring a {@link ServerInfo}
 * parameter: its name, version, pid, port, URL, log file and how long it took to start.
 */
@LaunchServer(name = "jetty", mainClass = "dev.hammerbench.examples.servers.JettyHello", args = "{port}",
        url = "http://{host}:{port}/hello/World", versionFromServerHeader = true)
class Example01_LaunchOneServer {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void jettyAnswersOnItsPort(ServerInfo jetty) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(jetty.baseUri()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello World");
        assertThat(jetty.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + jetty.port() + "/hello/World"));
        assertThat(jetty.version().orElseThrow()).contains(Jetty.VERSION);
    }

    @Test
    void theHandleTellsWhatRuns(ServerInfo jetty) throws Exception {
        assertThat(ProcessHandle.of(jetty.pid().getAsLong())).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
        assertThat(jetty.startupTime().orElseThrow()).isPositive();
        // Whatever the server prints goes to its log file: JettyHello announces itself there.
        assertThat(Files.readString(jetty.logFile().orElseThrow()))
                .contains("Jetty " + Jetty.VERSION + " listening on 127.0.0.1:" + jetty.port());
    }
}
