package dev.hammerbench.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** An independent look at /proc (not the extension's own code), to check what the extension left running. */
final class Processes {

    private Processes() {
    }

    /** The tests run with -Dhammerbench.platform=portable: servers are trees, not process groups. */
    static final boolean PORTABLE = "portable".equals(System.getProperty("hammerbench.platform"));

    /**
     * What a launched server is made of: live (not zombie) pids whose process group is {@code pgid};
     * under {@link #PORTABLE}, the live process {@code pgid} and its descendants (by ppid).
     */
    static List<Long> group(long pgid) {
        return PORTABLE ? tree(pgid) : processGroup(pgid);
    }

    /** Live pids whose process group is {@code pgid}. */
    static List<Long> processGroup(long pgid) {
        List<Long> members = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(pid -> {
                        String[] stat = stat(Long.parseLong(pid));
                        if (stat != null && Long.parseLong(stat[2]) == pgid) {
                            members.add(Long.parseLong(pid));
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return members;
    }

    /** The live process {@code root} and its live descendants, by the ppid field of /proc/PID/stat. */
    static List<Long> tree(long root) {
        Map<Long, List<Long>> children = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(pid -> {
                        String[] stat = stat(Long.parseLong(pid));
                        if (stat != null) {
                            children.computeIfAbsent(Long.parseLong(stat[1]), k -> new ArrayList<>()).add(Long.parseLong(pid));
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Long> tree = new ArrayList<>();
        if (alive(root)) {
            tree.add(root);
        }
        for (int i = 0; i < tree.size(); i++) {
            tree.addAll(children.getOrDefault(tree.get(i), List.of()));
        }
        return tree;
    }

    static boolean alive(long pid) {
        return stat(pid) != null;
    }

    static long pgid(long pid) {
        String[] stat = stat(pid);
        return stat == null ? -1 : Long.parseLong(stat[2]);
    }

    /** Waits up to {@code within} for the pids and the group to be gone; returns what is still alive. */
    static List<Long> survivors(long pgid, List<Long> pids, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<Long> left = new ArrayList<>(group(pgid));
            pids.stream().filter(Processes::alive).filter(p -> !left.contains(p)).forEach(left::add);
            if (left.isEmpty() || System.nanoTime() > deadline) {
                return left;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return left;
            }
        }
    }

    /** Fields after the command name: [0] state, [1] ppid, [2] pgrp; null when gone or a zombie. */
    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields[0].equals("Z") || fields[0].equals("X") ? null : fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Kills what a failed test left behind, so one failure does not leak into the next test. */
    static void killGroup(long pgid) {
        group(pgid).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    /** The /proc file holding a process's environment (NUL-separated). */
    static Path environ(long pid) {
        return Path.of("/proc", Long.toString(pid), "environ");
    }

    /** Live pids whose command line holds {@code marker}, e.g. a unique --tag argument. */
    static List<Long> withMarker(String marker) {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(pid -> {
                        try {
                            String cmdline = new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")));
                            if (cmdline.contains(marker) && alive(Long.parseLong(pid))) {
                                found.add(Long.parseLong(pid));
                            }
                        } catch (IOException | RuntimeException e) {
                            // gone while we looked
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
