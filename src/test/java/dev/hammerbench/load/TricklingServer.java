package dev.hammerbench.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers every request with headers and a chunked body that never ends: one byte per
 * interval, so a client's response timeout (an inactivity timeout) never fires.
 */
final class TricklingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private TricklingServer(ServerSocket socket, Duration interval) {
        this.socket = socket;
        this.acceptor = new Thread(() -> accept(interval), "trickling-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static TricklingServer start(Duration interval) throws IOException {
        return new TricklingServer(new ServerSocket(0, 100, InetAddress.getLoopbackAddress()), interval);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    private void accept(Duration interval) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                Thread writer = new Thread(() -> trickle(client, interval), "trickling-write");
                writer.setDaemon(true);
                writer.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void trickle(Socket client, Duration interval) {
        try (client) {
            OutputStream out = client.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            // bounded: at most a minute of trickling
            for (int i = 0; i < 60_000 / Math.max(1, interval.toMillis()) && !client.isClosed(); i++) {
                out.write("1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(interval.toMillis());
            }
        } catch (IOException | InterruptedException e) {
            // the client went away: done
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : clients) {
            client.close();
        }
    }
}
