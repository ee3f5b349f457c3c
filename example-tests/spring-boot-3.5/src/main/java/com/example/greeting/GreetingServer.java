package com.example.greeting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The service under test: {@code GET /greeting} answers "Hello". Usage: {@code GreetingServer PORT}.
 * It stands in for the user's application (a Spring Boot app would be started the same way, as a
 * main class in a child JVM).
 */
public final class GreetingServer {

    private GreetingServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].matches("\\d{1,5}")) {
            System.err.println("usage: GreetingServer PORT");
            System.exit(2);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/greeting", exchange -> {
            try (exchange) {
                byte[] body = "Hello".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        System.out.println("greeting server listening on " + server.getAddress().getPort());
    }
}
