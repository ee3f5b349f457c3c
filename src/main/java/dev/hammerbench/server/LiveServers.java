package dev.hammerbench.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every server group this JVM has running, stopped by a shutdown hook on a normal exit or SIGTERM.
 * (On SIGKILL no hook runs; the {@link Reaper} covers that.)
 */
final class LiveServers {

    private static final Set<Long> GROUPS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LiveServers::stopAll, "hammerbench-server-stopper"));
    }

    private LiveServers() {
    }

    static void add(long pgid) {
        GROUPS.add(pgid);
    }

    static void remove(long pgid) {
        GROUPS.remove(pgid);
    }

    static List<Long> groups() {
        return new ArrayList<>(GROUPS);
    }

    private static void stopAll() {
        List<Long> groups = groups();
        groups.forEach(pgid -> ProcessGroups.signal(pgid, "TERM"));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (long pgid : groups) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!ProcessGroups.awaitGone(pgid, left)) {
                ProcessGroups.signal(pgid, "KILL");
            }
        }
    }
}
