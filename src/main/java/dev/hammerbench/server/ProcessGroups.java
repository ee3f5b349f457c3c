package dev.hammerbench.server;

import dev.hammerbench.measure.Platform;
import dev.hammerbench.measure.ProcessMeter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Signals and watches whole process groups. Servers run under {@code setsid}, so the server's pid
 * is its group id and every process it spawns stays in the group unless it leaves on purpose.
 */
final class ProcessGroups {

    /**
     * The setsid program, or null where there is none or {@link Platform#portable()} asks to behave
     * as if (then servers are tracked and stopped as process trees, see {@link ProcessTrees}).
     */
    static final String SETSID_COMMAND = Platform.portable() ? null : Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    static final boolean SETSID = SETSID_COMMAND != null;
    private static final String KILL = Files.isExecutable(Path.of("/usr/bin/kill")) ? "/usr/bin/kill" : "/bin/kill";

    private ProcessGroups() {
    }

    /** Sends {@code signal} ("TERM", "KILL") to every member of the group; false when none was there. */
    static boolean signal(long pgid, String signal) {
        if (pgid <= 1) {
            throw new IllegalArgumentException("refusing to signal process group " + pgid);
        }
        try {
            Process kill = new ProcessBuilder(KILL, "-s", signal, "--", "-" + pgid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                return false;
            }
            return kill.exitValue() == 0;
        } catch (IOException e) {
            return signalEachMember(pgid, signal);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return signalEachMember(pgid, signal);
        }
    }

    /** Live (non-zombie) members of the group. */
    static List<Long> members(long pgid) {
        return ProcessMeter.liveMembers(pgid);
    }

    static boolean alive(long pgid) {
        return !members(pgid).isEmpty();
    }

    /** Waits until the group has no live member; true if it got there before the deadline. */
    static boolean awaitGone(long pgid, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (alive(pgid)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !alive(pgid);
            }
        }
        return true;
    }

    /** TERM, up to {@code grace} for the group to go, then KILL; true when nothing is left. */
    static boolean stop(long pgid, Duration grace) {
        if (!alive(pgid)) {
            return true;
        }
        signal(pgid, "TERM");
        if (awaitGone(pgid, grace)) {
            return true;
        }
        signal(pgid, "KILL");
        return awaitGone(pgid, Duration.ofSeconds(5));
    }

    private static boolean signalEachMember(long pgid, String signal) {
        List<Long> members = members(pgid);
        members.forEach(pid -> ProcessHandle.of(pid).ifPresent(p -> {
            if ("KILL".equals(signal)) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        }));
        return !members.isEmpty();
    }
}
