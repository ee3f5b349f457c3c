package dev.hammerbench.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A server that accepts slowly behind a tiny listen queue, as a one-connection-at-a-time Python
 * server does under a burst: {@code listen(fd, BACKLOG)}, then one connection at a time, each
 * after a pause. Run as a child process. Usage: {@code SlowAcceptServer PORT BACKLOG PAUSE_MS};
 * prints "listening on PORT" when ready.
 */
public final class SlowAcceptServer {

    private static final byte[] RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
            .getBytes(StandardCharsets.US_ASCII);

    private SlowAcceptServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int backlog = Integer.parseInt(args[1]);
        long pauseMillis = Long.parseLong(args[2]);
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), backlog, InetAddress.getLoopbackAddress())) {
            System.out.println("listening on " + server.getLocalPort());
            System.out.flush();
            byte[] buffer = new byte[8192];
            while (true) {
                Thread.sleep(pauseMillis); // the slow accept: the queue fills meanwhile
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
                    // a client that gave up: on to the next one
                }
            }
        }
    }
}
