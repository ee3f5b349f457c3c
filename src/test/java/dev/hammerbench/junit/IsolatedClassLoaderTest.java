package dev.hammerbench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.ServerInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A {@code mainClass} server whose class only a runner's own class loader can see, as under JUnit's
 * Console Launcher ({@code execute -cp ...}), which loads test classes through a URL class loader of its
 * own while {@code java.class.path} holds only its jar: the child JVM must get that loader's classpath.
 */
class IsolatedClassLoaderTest {

    static final String MAIN = "hb.isolated.IsolatedHello";
    static final Map<String, Object> FACTS = new ConcurrentHashMap<>();

    @Test
    void aMainClassSeenOnlyByTheContextClassLoaderStartsAndAnswers(@TempDir Path dir) throws Exception {
        compileServer(dir);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
            assertThat(System.getProperty("java.class.path")).doesNotContain(dir.toString());
            Thread.currentThread().setContextClassLoader(isolated);
            FACTS.clear();
            EngineExecutionResults results = HammerbenchTestKit.run(IsolatedTestCases.class);

            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertThat(FACTS).containsEntry("body", "isolated hello");
        ServerInfo server = (ServerInfo) FACTS.get("server");
        assertThat(Processes.survivors(server.pid().getAsLong(), List.of(server.pid().getAsLong()), Duration.ofSeconds(10))).isEmpty();
    }

    /** A JDK HttpServer on args[0], written and compiled here so no build output holds it. */
    private static void compileServer(Path dir) throws IOException {
        Path source = dir.resolve("src/hb/isolated/IsolatedHello.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, String.join("\n",
                "package hb.isolated;",
                "public final class IsolatedHello {",
                "  public static void main(String[] args) throws Exception {",
                "    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(",
                "        new java.net.InetSocketAddress(\"127.0.0.1\", Integer.parseInt(args[0])), 50);",
                "    server.createContext(\"/\", exchange -> {",
                "      byte[] body = \"isolated hello\".getBytes(java.nio.charset.StandardCharsets.UTF_8);",
                "      exchange.sendResponseHeaders(200, body.length);",
                "      exchange.getResponseBody().write(body);",
                "      exchange.close();",
                "    });",
                "    server.start();",
                "  }",
                "}"), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", dir.toString(), source.toString());
        assertThat(status).as("javac exit status").isZero();
    }

    @LaunchServer(name = "isolated", mainClass = MAIN, args = "{port}", url = "http://127.0.0.1:{port}/")
    static class IsolatedTestCases {
        @Test
        void answers(ServerInfo server) throws IOException, InterruptedException {
            FACTS.put("server", server);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUri().toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            FACTS.put("body", response.body());
        }
    }
}
