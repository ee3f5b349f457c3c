package dev.hammerbench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tests' own reading of /proc, written apart from the code under test so that agreement means
 * something: plain string handling, no shared parser.
 */
final class IndependentProc {

    private IndependentProc() {
    }

    /** Pids of non-zombie processes whose pgrp (stat field 5) is pgid. */
    static List<Long> liveMembers(long pgid) {
        List<Long> members = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.matches("\\d+")) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(entry.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (Long.parseLong(afterName[2]) == pgid && !afterName[0].equals("Z")) {
                    members.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return members;
    }

    /** A "Key:   N kB" field of /proc/PID/status, in bytes. */
    static long statusBytes(long pid, String key) throws IOException {
        return fieldBytes(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")), key);
    }

    /** A "Key:   N kB" field of /proc/PID/smaps_rollup, in bytes (0 when the kernel does not show it). */
    static long rollupBytes(long pid, String key) throws IOException {
        return fieldBytes(Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup")), key);
    }

    private static long fieldBytes(List<String> lines, String key) {
        return lines.stream()
                .filter(line -> line.startsWith(key + ":"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                .findFirst()
                .orElse(0);
    }
}
