package dev.hammerbench.junit;

import dev.hammerbench.server.LaunchedServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The servers launched for one class or one method. Kept in the extension context's store, so
 * JUnit closes it when that context ends, however it ends: after the last test, after a failure,
 * after another extension threw.
 */
final class ServerScope implements AutoCloseable {

    private final List<LaunchedServer> servers = new ArrayList<>();

    synchronized void add(LaunchedServer server) {
        servers.add(server);
    }

    synchronized List<LaunchedServer> servers() {
        return List.copyOf(servers);
    }

    /** Stops every server, the last launched first; all are stopped even when one stop fails. */
    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        servers.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
