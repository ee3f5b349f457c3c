package dev.hammerbench.examples.servers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Hello World on the JDK's own {@code com.sun.net.httpserver}: no dependency at all.
 * {@code GET /hello/World} answers "Hello World"; the {@code Server} header carries the JDK version.
 *
 * <p>Usage: {@code java dev.hammerbench.examples.servers.JdkHttpServerHello PORT [DELAY_MILLIS]}. A delay
 * makes every request block the server's one dispatcher thread that long before answering: a stand-in
 * for a handler that does slow work, so examples can compare a server with a slower version of itself.
 */
public final class JdkHttpServerHello {

    /** "JDK-HttpServer/17.0.15+6-Debian-1deb12u1": the server is part of the runtime, so its version is the runtime's. */
    static final String SERVER = "JDK-HttpServer/" + Runtime.version();

    private JdkHttpServerHello() {
    }

    public static void main(String[] args) throws IOException {
        int port = Hello.port("JdkHttpServerHello", args, "PORT [DELAY_MILLIS]", 1);
        int delayMillis = args.length > 1 ? Hello.number("JdkHttpServerHello", "DELAY_MILLIS", args[1], 0, 60_000) : 0;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/", exchange -> handle(exchange, delayMillis));
        // No executor: requests run on the one dispatcher thread, the server as it comes out of the box.
        server.start();
        Hello.announce("JDK HttpServer", Runtime.version() + (delayMillis > 0 ? " (" + delayMillis + " ms delay)" : ""),
                server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange, int delayMillis) throws IOException {
        try (exchange) {
            // Drain the request body so the connection can be reused.
            exchange.getRequestBody().readAllBytes();
            if (delayMillis > 0) {
                pause(delayMillis);
            }
            exchange.getResponseHeaders().set("Server", SERVER);
            Optional<String> greeting = "GET".equals(exchange.getRequestMethod())
                    ? Hello.greeting(exchange.getRequestURI().getPath())
                    : Optional.empty();
            byte[] body = greeting.orElse("Not Found").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(greeting.isPresent() ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void pause(int millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during the " + millis + " ms delay", e);
        }
    }
}
