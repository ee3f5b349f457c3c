package dev.hammerbench.junit;

import dev.hammerbench.server.LaunchedServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The servers launched for one class or one method. Kept in the extension context's store, so
 * JUnit closes it when that context ends, however it ends: after the last test, after a failure,
 * after another extension threw.
 *
 * <p>It is both kinds of closeable value because JUnit closes a stored plain {@code AutoCloseable}
 * only from 5.13 on; 5.10 to 5.12 close a {@code CloseableResource} only. Every version closes a
 * value that is both exactly once: 5.13 and later through {@code AutoCloseable} (or, with
 * {@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}, through
 * {@code CloseableResource}), earlier ones through {@code CloseableResource}. That is also what
 * JUnit's own stored values (its temporary directories) do. {@code CloseableResource} is
 * deprecated from 5.13 on, and still honoured in 6.1.
 */
@SuppressWarnings("deprecation")
final class ServerScope implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final List<LaunchedServer> servers = new ArrayList<>();

    synchronized void add(LaunchedServer server) {
        servers.add(server);
    }

    synchronized List<LaunchedServer> servers() {
        return List.copyOf(servers);
    }

    /**
     * Stops every server, the last launched first; all are stopped even when one stop fails. A
     * second call finds none left.
     */
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
