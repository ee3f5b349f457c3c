package dev.hammerbench.examples.servers;

import io.undertow.Undertow;
import io.undertow.Version;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Hello World on Undertow core (no servlets), answered on the XNIO I/O thread.
 * {@code GET /hello/World} answers "Hello World"; the {@code Server} header is "Undertow/VERSION".
 * Usage: {@code java dev.hammerbench.examples.servers.UndertowHello PORT}.
 */
public final class UndertowHello {

    private static final String SERVER = "Undertow/" + Version.getVersionString();

    private UndertowHello() {
    }

    public static void main(String[] args) {
        int port = Hello.port("UndertowHello", args, "PORT", 0);
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(UndertowHello::handle)
                .build();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "undertow-stop"));
        int actualPort = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        Hello.announce("Undertow", Version.getVersionString(), actualPort);
    }

    private static void handle(HttpServerExchange exchange) {
        Optional<String> greeting = Methods.GET.equals(exchange.getRequestMethod())
                ? Hello.greeting(exchange.getRequestPath())
                : Optional.empty();
        exchange.setStatusCode(greeting.isPresent() ? 200 : 404);
        exchange.getResponseHeaders().put(Headers.SERVER, SERVER);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseSender().send(greeting.orElse("Not Found"));
    }
}
