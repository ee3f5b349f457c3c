package dev.hammerbench.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Servers where there are no process groups (no {@code setsid}: macOS, Windows, or
 * {@code -Dhammerbench.platform=portable}): a server is its process and that process's
 * descendants. They are owned the same three ways as groups: stopped by {@link #stop}, by a
 * shutdown hook on a normal exit or SIGTERM, and by the {@link TreeReaper} when this JVM is killed.
 * A process that leaves the tree (a daemon whose parent exits first) is out of reach, as it is
 * for any tool without process groups.
 */
final class ProcessTrees {

    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessTrees::stopAll, "hammerbench-tree-stopper"));
    }

    private ProcessTrees() {
    }

    static List<ProcessHandle> live() {
        return new ArrayList<>(LIVE);
    }

    /** Takes ownership of a just-spawned server process. */
    static void own(Process process) {
        LIVE.add(process.toHandle());
        TreeReaper.get().register(process.toHandle());
    }

    /**
     * Destroys the tree (TERM where there are signals), waits up to {@code grace}, then kills what is
     * left; returns once nothing of it is alive.
     *
     * @throws IllegalStateException when a member is still alive after the kill; the server stays
     *     registered with the reaper and the shutdown hook
     */
    static void stop(Process process, Duration grace) {
        ProcessHandle root = process.toHandle();
        List<ProcessHandle> tree = snapshot(root);
        tree.forEach(ProcessHandle::destroy);
        if (!awaitGone(tree, grace)) {
            snapshot(root).forEach(p -> {
                if (!tree.contains(p)) {
                    tree.add(p);
                }
            });
            tree.forEach(ProcessHandle::destroyForcibly);
            if (!awaitGone(tree, Duration.ofSeconds(5))) {
                throw new IllegalStateException("processes " + tree.stream().filter(ProcessHandle::isAlive)
                        .map(ProcessHandle::pid).toList() + " of the tree of pid " + root.pid()
                        + " still alive after destroy, " + grace.toSeconds() + " s and destroyForcibly");
            }
        }
        LIVE.remove(root);
        TreeReaper.get().unregister(root);
    }

    /** The process and its descendants, children first, so a parent does not outlive them by much. */
    private static List<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        return tree;
    }

    private static boolean awaitGone(List<ProcessHandle> tree, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LaunchedServer.sleep(25);
        }
        return true;
    }

    private static void stopAll() {
        List<ProcessHandle> trees = new ArrayList<>();
        LIVE.forEach(root -> trees.addAll(snapshot(root)));
        trees.forEach(ProcessHandle::destroy);
        if (!awaitGone(trees, LaunchedServer.STOP_GRACE)) {
            trees.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
