package dev.hammerbench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warms the engine's own code once per JVM, before its first connection-per-call round, on a
 * responder of its own in this JVM: nothing is sent to any server under test, nothing is counted.
 *
 * <p>Why: a cold JVM interprets and compiles the client's code while the first round runs, and on
 * two cores its compiler threads and slow first calls delay the request after a connect by tens
 * of milliseconds. A server that handles one connection at a time (bottle's wsgiref) waits on that
 * connection meanwhile, its listen queue of 5 fills, and the kernel drops the next SYNs, retried
 * only after 1 s: measured here, ~110 of 2000 calls timed out in a cold JVM's first round and none
 * in the same JVM's second, on the same bottle.
 */
final class EngineWarmup {

    static final int CALLS = 3000;
    private static final AtomicBoolean DONE = new AtomicBoolean();
    private static final byte[] RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
            .getBytes(StandardCharsets.US_ASCII);

    private EngineWarmup() {
    }

    /** Runs the warm-up the first time it is called in this JVM; best effort, it never fails a round. */
    static void once() {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        try (ServerSocket server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress())) {
            Thread responder = new Thread(() -> serve(server), "hammerbench-engine-warmup");
            responder.setDaemon(true);
            responder.start();
            HammerPlan plan = HammerPlan.builder().calls(CALLS).concurrency(4).timeout(Duration.ofSeconds(2))
                    .deadline(Duration.ofSeconds(20)).build();
            LoadEngine.run(plan, "engine warm-up", URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"),
                    line -> { });
        } catch (IOException | RuntimeException e) {
            // a cold engine is slower, not wrong: the round goes on without the warm-up
        }
    }

    /** Answers every connection with a fixed 200 until the socket is closed. */
    private static void serve(ServerSocket server) {
        byte[] buffer = new byte[8192];
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(2000);
                InputStream in = socket.getInputStream();
                int seen = 0;
                for (int n; seen < buffer.length && (n = in.read(buffer, seen, buffer.length - seen)) > 0; ) {
                    seen += n;
                    if (new String(buffer, 0, seen, StandardCharsets.US_ASCII).contains("\r\n\r\n")) {
                        break;
                    }
                }
                OutputStream out = socket.getOutputStream();
                out.write(RESPONSE);
                out.flush();
            } catch (IOException e) {
                // closed by the warm-up's end, or a call given up: either way on to the next
            }
        }
    }
}
