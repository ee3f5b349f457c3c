package dev.hammerbench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Signals and watches whole process groups. Servers run under {@code setsid}, so the server's pid
 * is its group id and every process it spawns stays in the group unless it leaves on purpose.
 */
final class ProcessGroups {

    static final boolean SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"))
            || Files.isExecutable(Path.of("/bin/setsid"));
    private static final Path PROC = Path.of("/proc");
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

    /** Live (non-zombie) members of the group: pids whose /proc stat names {@code pgid}. */
    static List<Long> members(long pgid) {
        List<Long> members = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            ProcessHandle.of(pgid).filter(ProcessHandle::isAlive).ifPresent(p -> {
                members.add(p.pid());
                p.descendants().filter(ProcessHandle::isAlive).forEach(d -> members.add(d.pid()));
            });
            return members;
        }
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.map(p -> p.getFileName().toString()).filter(ProcessGroups::isPid).forEach(pid -> {
                long[] stat = stat(pid);
                if (stat != null && stat[1] == pgid) {
                    members.add(stat[0]);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc: " + e.getMessage(), e);
        }
        return members;
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

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** {pid, pgid} of a live process, or null when gone or a zombie. */
    private static long[] stat(String pid) {
        try {
            String stat = Files.readString(PROC.resolve(pid).resolve("stat"));
            // the command name is in parentheses and may contain spaces: fields restart after the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            if (fields[0].equals("Z") || fields[0].equals("X")) {
                return null;
            }
            return new long[] {Long.parseLong(pid), Long.parseLong(fields[2])};
        } catch (IOException | RuntimeException e) {
            return null; // gone while we looked
        }
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
