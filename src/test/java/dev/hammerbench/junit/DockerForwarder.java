package dev.hammerbench.junit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The local engine's socket offered on a free loopback TCP port, so a test can reach the same dockerd
 * as tcp://127.0.0.1:PORT, the way a remote engine is reached. At most {@link #MAX_CONNECTIONS} at once
 * (two threads each); {@link #close()} closes the listener and every connection and waits for the threads.
 */
final class DockerForwarder implements AutoCloseable {

    static final int MAX_CONNECTIONS = 32;
    private static final Path SOCKET = Path.of("/var/run/docker.sock");

    private final ServerSocketChannel listener;
    private final ExecutorService threads = Executors.newFixedThreadPool(2 * MAX_CONNECTIONS + 1, runnable -> {
        Thread thread = new Thread(runnable, "docker-forwarder");
        thread.setDaemon(true);
        return thread;
    });
    private final List<SocketChannel> open = new ArrayList<>();
    private int accepted;

    private DockerForwarder() throws IOException {
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        threads.execute(this::accept);
    }

    static DockerForwarder start() throws IOException {
        return new DockerForwarder();
    }

    /** tcp://127.0.0.1:PORT */
    String dockerHost() throws IOException {
        InetSocketAddress address = (InetSocketAddress) listener.getLocalAddress();
        return "tcp://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** Connections taken so far: proof the engine was reached through here. */
    synchronized int accepted() {
        return accepted;
    }

    private void accept() {
        while (listener.isOpen()) {
            try {
                SocketChannel client = listener.accept();
                SocketChannel engine;
                synchronized (this) {
                    if (open.size() >= 2 * MAX_CONNECTIONS) {
                        client.close();
                        continue;
                    }
                    engine = SocketChannel.open(StandardProtocolFamily.UNIX);
                    engine.connect(UnixDomainSocketAddress.of(SOCKET));
                    open.add(client);
                    open.add(engine);
                    accepted++;
                }
                threads.execute(() -> pump(client, engine));
                threads.execute(() -> pump(engine, client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Until either side ends: then both are closed (the engine's HTTP needs no half-close here). */
    private void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            synchronized (this) {
                open.remove(from);
                open.remove(to);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        closeQuietly(listener);
        synchronized (this) {
            open.forEach(DockerForwarder::closeQuietly);
            open.clear();
        }
        threads.shutdownNow();
        if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the Docker forwarder's threads did not end within 10 s");
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
