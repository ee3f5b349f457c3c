package dev.hammerbench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback socket server whose every connection gets the same hand-written misbehaviour. */
final class RawServer implements AutoCloseable {

    /** What to do with one accepted connection. */
    interface Behaviour {
        void serve(Socket client) throws IOException;
    }

    private final ServerSocket socket;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    private RawServer(ServerSocket socket, Behaviour behaviour) {
        this.socket = socket;
        Thread acceptor = new Thread(() -> accept(behaviour), "raw-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static RawServer start(Behaviour behaviour) throws IOException {
        return new RawServer(new ServerSocket(0, 1000, InetAddress.getLoopbackAddress()), behaviour);
    }

    /** Connections accepted so far. */
    int accepted() {
        return clients.size();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    /** Reads one request head (up to the blank line); false when the client closed first. */
    static boolean readHead(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return true;
            }
        }
        return false;
    }

    private void accept(Behaviour behaviour) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                Thread worker = new Thread(() -> {
                    try {
                        behaviour.serve(client);
                    } catch (IOException e) {
                        // the client went away
                    }
                }, "raw-serve");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
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
