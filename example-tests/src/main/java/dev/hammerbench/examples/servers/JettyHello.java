package dev.hammerbench.examples.servers;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Jetty;

/**
 * Hello World on Jetty 12 with a plain core {@link Handler} (no servlets).
 * {@code GET /hello/World} answers "Hello World"; the {@code Server} header is "Jetty/VERSION".
 * Usage: {@code java dev.hammerbench.examples.servers.JettyHello PORT}.
 */
public final class JettyHello {

    private JettyHello() {
    }

    public static void main(String[] args) throws Exception {
        int port = Hello.port("JettyHello", args, "PORT", 0);
        Server server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        // Jetty's own header reads "Jetty(12.1.x)"; send the product/version form the other servers use.
        config.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new HelloHandler());
        server.setStopAtShutdown(true);
        server.start();
        Hello.announce("Jetty", Jetty.VERSION, connector.getLocalPort());
        server.join();
    }

    /** Answers on the calling thread: a hello world never blocks. */
    private static final class HelloHandler extends Handler.Abstract.NonBlocking {

        private static final String SERVER = "Jetty/" + Jetty.VERSION;

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Optional<String> greeting = "GET".equals(request.getMethod())
                    ? Hello.greeting(Request.getPathInContext(request))
                    : Optional.empty();
            response.setStatus(greeting.isPresent() ? 200 : 404);
            response.getHeaders().put(HttpHeader.SERVER, SERVER);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.write(true, StandardCharsets.UTF_8.encode(greeting.orElse("Not Found")), callback);
            return true;
        }
    }
}
