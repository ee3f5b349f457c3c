package dev.hammerbench.junit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A loopback HTTP/1.1 server on one NIO thread that answers every request head with a fixed
 * 200, for warming the harness. Fast enough that the engine, not the server, is what runs hot;
 * the JDK's HttpServer is not (without a global system property it waits out delayed ACKs on
 * keep-alive connections). It honours "Connection: close" and ignores request bodies.
 */
final class WarmupServer implements AutoCloseable {

    private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok")
            .getBytes(StandardCharsets.ISO_8859_1);

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Thread thread;

    private WarmupServer() throws IOException {
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        thread = new Thread(this::serve, "hammerbench-warmup-server");
        thread.setDaemon(true);
    }

    static WarmupServer start() throws IOException {
        WarmupServer server = new WarmupServer();
        server.thread.start();
        return server;
    }

    URI uri() {
        InetSocketAddress address = (InetSocketAddress) listener.socket().getLocalSocketAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    /** One connection's unanswered bytes and the response not yet written. */
    private static final class Connection {
        final StringBuilder received = new StringBuilder();
        ByteBuffer pending;
        boolean closeAfterWrite;
    }

    private void serve() {
        ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        while (!Thread.currentThread().isInterrupted() && selector.isOpen()) {
            try {
                selector.select(200);
                for (SelectionKey key : selector.selectedKeys()) {
                    try {
                        if (key.isAcceptable()) {
                            SocketChannel channel = listener.accept();
                            if (channel != null) {
                                channel.configureBlocking(false);
                                channel.register(selector, SelectionKey.OP_READ, new Connection());
                            }
                        } else {
                            handle(key, in);
                        }
                    } catch (IOException e) {
                        key.channel().close(); // a reset client: drop that connection, keep serving
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException | java.nio.channels.ClosedSelectorException e) {
                return;
            }
        }
    }

    private static void handle(SelectionKey key, ByteBuffer in) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        Connection connection = (Connection) key.attachment();
        if (key.isReadable()) {
            in.clear();
            int read = channel.read(in);
            if (read < 0) {
                channel.close();
                return;
            }
            connection.received.append(new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1));
            int end;
            int answers = 0;
            while ((end = connection.received.indexOf("\r\n\r\n")) >= 0) {
                String head = connection.received.substring(0, end).toLowerCase(Locale.ROOT);
                connection.received.delete(0, end + 4);
                connection.closeAfterWrite |= head.contains("connection: close");
                answers++;
            }
            if (answers > 0) {
                ByteBuffer out = ByteBuffer.allocate(RESPONSE.length * answers);
                for (int i = 0; i < answers; i++) {
                    out.put(RESPONSE);
                }
                out.flip();
                connection.pending = out;
            }
        }
        if (connection.pending != null) {
            channel.write(connection.pending);
            if (connection.pending.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
                return;
            }
            connection.pending = null;
            if (connection.closeAfterWrite) {
                channel.close();
                return;
            }
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            selector.wakeup();
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
            listener.close();
        } catch (IOException e) {
            // closing a loopback listener nobody else uses: nothing to do about a failure
        }
    }
}
