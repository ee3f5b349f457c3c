package dev.hammerbench.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small, real HTTP server for the tests, run as a child process. Options:
 *
 * <pre>
 * --port N             port to bind on 127.0.0.1 (0: any free port); prints "listening on PORT" when ready
 * --ready-after-ms N   sleep this long before binding (a slow starter)
 * --exit-after-ms N    exit with code 3 after this long without ever binding (a crashing starter)
 * --delay-ms N         delay every response this long
 * --statuses A,B,...   answer with these statuses in turn (default 200)
 * --silent             accept connections and never answer
 * --stall-at N         the Nth request (1-based) stalls the whole server ...
 * --stall-ms M         ... for M milliseconds
 * --server-header X    send "Server: X"
 * --threads N          request threads (default 16)
 * </pre>
 *
 * Paths: {@code /alloc?mib=N} allocates and touches N MiB off-heap and keeps it;
 * {@code /burn?ms=N} burns N ms of CPU time on the request thread; anything else says "Hello World".
 */
public final class TestServer {

    private static final List<ByteBuffer> KEPT = new ArrayList<>();

    private TestServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int port = Integer.parseInt(options.getOrDefault("port", "0"));
        sleep(Long.parseLong(options.getOrDefault("ready-after-ms", "0")));
        if (options.containsKey("exit-after-ms")) {
            System.out.println("starting, will crash");
            sleep(Long.parseLong(options.get("exit-after-ms")));
            System.err.println("crashed on purpose");
            System.exit(3);
        }
        if (options.containsKey("silent")) {
            serveSilently(port);
            return;
        }
        // Without this the JDK server writes headers and body in two segments that Nagle's algorithm and
        // the client's delayed ACK hold back ~40 ms on every keep-alive call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(Integer.parseInt(options.getOrDefault("threads", "16"))));
        long delayMs = Long.parseLong(options.getOrDefault("delay-ms", "0"));
        String[] statuses = options.getOrDefault("statuses", "200").split(",");
        long stallAt = Long.parseLong(options.getOrDefault("stall-at", "0"));
        long stallMs = Long.parseLong(options.getOrDefault("stall-ms", "0"));
        String serverHeader = options.get("server-header");
        AtomicLong requests = new AtomicLong();
        Object stallLock = new Object();
        AtomicBoolean stalling = new AtomicBoolean();
        server.createContext("/", exchange -> {
            long n = requests.incrementAndGet();
            if (n == stallAt) {
                synchronized (stallLock) {
                    stalling.set(true);
                    sleep(stallMs);
                    stalling.set(false);
                }
            } else if (stalling.get()) {
                synchronized (stallLock) {
                    // wait for the stall to end, like a stop-the-world pause
                }
            }
            sleep(delayMs);
            int status = Integer.parseInt(statuses[(int) ((n - 1) % statuses.length)].strip());
            String body = handle(exchange.getRequestURI());
            if (serverHeader != null) {
                exchange.getResponseHeaders().set("Server", serverHeader);
            }
            respond(exchange, status, body);
        });
        server.start();
        System.out.println("listening on " + server.getAddress().getPort());
        System.out.flush();
    }

    private static String handle(URI uri) {
        Map<String, String> query = query(uri.getRawQuery());
        switch (uri.getPath()) {
            case "/alloc": {
                int mib = Integer.parseInt(query.getOrDefault("mib", "1"));
                ByteBuffer block = ByteBuffer.allocateDirect(mib << 20);
                for (int i = 0; i < block.capacity(); i += 4096) {
                    block.put(i, (byte) 1);
                }
                synchronized (KEPT) {
                    KEPT.add(block);
                }
                return "allocated " + mib + " MiB\n";
            }
            case "/burn": {
                long ms = Long.parseLong(query.getOrDefault("ms", "1"));
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long until = threads.getCurrentThreadCpuTime() + ms * 1_000_000;
                long x = 0;
                while (threads.getCurrentThreadCpuTime() < until) {
                    for (int i = 0; i < 10_000; i++) {
                        x += i * 31L ^ x;
                    }
                }
                return "burned " + ms + " ms (" + (x & 1) + ")\n";
            }
            default:
                return "Hello World\n";
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Accepts connections, reads nothing useful, never answers: the hung server. */
    private static void serveSilently(int port) throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket socket = new ServerSocket(port, 4096, InetAddress.getLoopbackAddress())) {
            System.out.println("listening on " + socket.getLocalPort());
            System.out.flush();
            while (true) {
                held.add(socket.accept());
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "true" : args[++i]);
        }
        return options;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return query;
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
