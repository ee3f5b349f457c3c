package dev.hammerbench.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A loopback HTTP/1.1 responder on one NIO thread for the engine's warm-up: every request head
 * gets a 200 shaped like a real server's (Server, Date, a body or none, see {@link #RESPONSES}),
 * on the same connection for as long as the client keeps it. It parses nothing
 * but the blank line that ends a head, and allocates nothing per request, so that on two cores
 * the engine, not the responder, is what runs hot. Request bodies are not expected (the warm-up
 * sends GETs); a connection ends when the client closes it.
 */
final class LoopbackResponder implements AutoCloseable {

    /**
     * Answers taken in turn, so that the client's parser runs hot on each shape a server under test
     * may send: no body (nginx's {@code return 200}), a small fixed-length body, a chunked body.
     */
    private static final byte[][] RESPONSES = {
        response("Content-Length: 0\r\n\r\n"),
        response("Content-Type: text/plain\r\nContent-Length: 12\r\n\r\nHello World\n"),
        response("Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nc\r\nHello World\n\r\n0\r\n\r\n"),
    };
    private static final int LONGEST = Arrays.stream(RESPONSES).mapToInt(r -> r.length).max().orElseThrow();

    private static byte[] response(String rest) {
        return ("HTTP/1.1 200 OK\r\nServer: hammerbench-warmup\r\nDate: Thu, 01 Jan 2026 00:00:00 GMT\r\n"
                + "Connection: keep-alive\r\n" + rest).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Responses written in one go when a client pipelines; more wait for the next write. */
    private static final int BATCH = 64;

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final Thread thread;

    private LoopbackResponder() throws IOException {
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        thread = new Thread(this::serve, "hammerbench-warmup-responder");
        thread.setDaemon(true);
    }

    static LoopbackResponder start() throws IOException {
        LoopbackResponder responder = new LoopbackResponder();
        responder.thread.start();
        return responder;
    }

    URI uri() {
        InetSocketAddress address = (InetSocketAddress) listener.socket().getLocalSocketAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    /** One connection: how much of "\r\n\r\n" the last bytes matched, and answers owed. */
    private static final class Connection {
        int matched;
        long owed;
        long answered;
        final ByteBuffer out = ByteBuffer.allocate(LONGEST * BATCH);

        Connection() {
            out.limit(0);
        }
    }

    private void serve() {
        ByteBuffer in = ByteBuffer.allocateDirect(16 * 1024);
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
            } catch (IOException | ClosedSelectorException e) {
                return;
            }
        }
    }

    private static void handle(SelectionKey key, ByteBuffer in) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        Connection c = (Connection) key.attachment();
        if (key.isReadable()) {
            in.clear();
            if (channel.read(in) < 0) {
                channel.close();
                return;
            }
            in.flip();
            while (in.hasRemaining()) {
                byte b = in.get();
                c.matched = b == (c.matched % 2 == 0 ? '\r' : '\n') ? c.matched + 1 : b == '\r' ? 1 : 0;
                if (c.matched == 4) {
                    c.owed++;
                    c.matched = 0;
                }
            }
        }
        while (true) {
            if (!c.out.hasRemaining()) {
                if (c.owed == 0) {
                    key.interestOps(SelectionKey.OP_READ);
                    return;
                }
                int answers = (int) Math.min(BATCH, c.owed);
                c.owed -= answers;
                c.out.clear();
                for (int i = 0; i < answers; i++) {
                    c.out.put(RESPONSES[(int) (c.answered++ % RESPONSES.length)]);
                }
                c.out.flip();
            }
            channel.write(c.out);
            if (c.out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_WRITE);
                return;
            }
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
