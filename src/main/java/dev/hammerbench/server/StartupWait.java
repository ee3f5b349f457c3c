package dev.hammerbench.server;

import java.io.IOException;

/**
 * The wait both launchers share, a process's and a container's: ask the server's readiness check
 * every 10 ms, backing off to 100 ms, until it holds or the startup timeout has passed, and before
 * each ask let the launcher check that the server is still there (each says in its own words why
 * not, and what timing out means for it).
 */
final class StartupWait {

    /** Throws when the server is gone (exited, removed), naming why. */
    @FunctionalInterface
    interface Alive<E extends Exception> {
        void check() throws E;
    }

    private StartupWait() {
    }

    /**
     * @param spawned System.nanoTime() when the server was started; the timeout counts from there
     * @return true once ready; false when spec.startupTimeout() passed first
     */
    static <E extends Exception> boolean ready(ServerSpec spec, ReadinessCheck.Target target, long spawned,
            Alive<E> alive) throws E {
        long deadline = spawned + spec.startupTimeout().toNanos();
        long pause = 10;
        while (true) {
            alive.check();
            try {
                if (spec.readiness().isReady(target)) {
                    return true;
                }
            } catch (IOException e) {
                // not ready yet
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LaunchedServer.sleep(pause);
            pause = Math.min(pause * 2, 100);
        }
    }
}
