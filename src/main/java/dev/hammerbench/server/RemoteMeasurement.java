package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.measure.RoundMeasurement;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerInfo;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Servers measured somewhere other than this machine's /proc (a container on a remote engine), in
 * types that name no Docker class: the round asks here for every server, and Testcontainers is an
 * optional dependency, so a user without it must never load {@link ContainerStats} (a round of
 * process servers failed with NoClassDefFoundError for docker-java's ResultCallback when it did).
 */
@API(status = INTERNAL, since = "0.1")
public final class RemoteMeasurement {

    /** How one server is measured remotely. */
    @API(status = INTERNAL, since = "0.1")
    public interface Source {
        /** @return the server's memory now */
        MemorySnapshot snapshot();

        /** @return a round's measurement, started now */
        Round startRound();
    }

    /** One round's remote measurement. */
    @API(status = INTERNAL, since = "0.1")
    public interface Round extends AutoCloseable {
        /** @return the round's figures */
        RoundMeasurement stop();

        @Override
        void close();
    }

    private static final Map<ServerInfo, Source> REMOTE = new ConcurrentHashMap<>();

    private RemoteMeasurement() {
    }

    /** @return how to measure this server when it is not in this machine's /proc; empty otherwise */
    public static Optional<Source> of(ServerInfo server) {
        return Optional.ofNullable(REMOTE.get(server));
    }

    static void register(ServerInfo server, Source source) {
        REMOTE.put(server, source);
    }

    static void unregister(ServerInfo server) {
        REMOTE.remove(server);
    }
}
