package dev.hammerbench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The Linux /proc files this package reads, and their parsers. No other class touches /proc. */
final class ProcFs {

    static final Path ROOT = Path.of("/proc");

    static final boolean AVAILABLE = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
            && Files.isReadable(ROOT.resolve("self/stat"));

    private ProcFs() {
    }

    /** Numeric entries of /proc: every process visible now (some may be gone by the time they are read). */
    static List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(ROOT)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    pids.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ROOT, e);
        }
        return pids;
    }

    /**
     * The text of /proc/PID/FILE, or empty when the process has gone: a process can exit between
     * being listed and being read, and that is not an error.
     */
    static Optional<String> read(long pid, String file) {
        Path path = ROOT.resolve(Long.toString(pid)).resolve(file);
        try {
            return Optional.of(readSmall(path));
        } catch (IOException e) {
            if (!Files.exists(path.getParent())) {
                return Optional.empty();
            }
            // "No such process" (ESRCH) comes from a process that exits while being read.
            if (e.getMessage() != null && e.getMessage().contains("No such process")) {
                return Optional.empty();
            }
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Reads a /proc file in one or two read calls: /proc files report size 0, and
     * {@link Files#readAllBytes} costs 1.5-3x as much on them (measured, 25 vs 40-80 us per stat).
     */
    /** The text of /proc/net/FILE (netstat, snmp), or empty where there is none (not Linux, a sandbox). */
    static Optional<String> readNet(String file) {
        Path path = ROOT.resolve("net").resolve(file);
        if (!AVAILABLE || !Files.isReadable(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(readSmall(path));
        } catch (IOException e) {
            return Optional.empty(); // evidence is a bonus: a round does not fail for the lack of it
        }
    }

    private static String readSmall(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (channel.read(buffer) >= 0) {
                if (!buffer.hasRemaining()) {
                    buffer = ByteBuffer.allocate(buffer.capacity() * 2).put(buffer.flip());
                }
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
        }
    }

    /** Parses /proc/PID/stat (man 5 proc); fields are numbered from 1, the name in field 2 may hold spaces and ')'. */
    static ProcessSample parseStat(long pid, String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0 || close + 2 > stat.length()) {
            throw new IllegalArgumentException("not a /proc/" + pid + "/stat line: " + stat);
        }
        String[] f = stat.substring(close + 2).trim().split(" ");
        // f[i] holds field i + 3
        char state = f[0].charAt(0);
        long pgid = Long.parseLong(f[5 - 3]);
        long ticks = Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3]);
        long startTime = Long.parseLong(f[22 - 3]);
        long vsize = Long.parseLong(f[23 - 3]);
        long rssPages = Long.parseLong(f[24 - 3]);
        return new ProcessSample(pid, startTime, pgid, state == 'Z' || state == 'X',
                rssPages * LinuxConstants.pageSize(), vsize, ticks * 1_000_000_000L / LinuxConstants.clockTicks());
    }

    static Optional<ProcessSample> stat(long pid) {
        return read(pid, "stat").map(text -> parseStat(pid, text));
    }

    /** PSS, USS and swap of one process, in bytes, from /proc/PID/smaps_rollup (Linux 4.14+). */
    record Rollup(long rss, long pss, long uss, long swap) {
    }

    static Optional<Rollup> rollup(long pid) {
        return read(pid, "smaps_rollup").map(ProcFs::parseRollup);
    }

    static Rollup parseRollup(String text) {
        long rss = 0;
        long pss = 0;
        long uss = 0;
        long swap = 0;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.endsWith("kB")) {
                continue; // the header line names the address range
            }
            String key = line.substring(0, colon);
            long bytes = kibibytes(line.substring(colon + 1)) * 1024;
            switch (key) {
                case "Rss" -> rss = bytes;
                case "Pss" -> pss = bytes;
                case "Private_Clean", "Private_Dirty", "Private_Hugetlb" -> uss += bytes;
                case "Swap" -> swap = bytes;
                default -> {
                    // other fields are not needed
                }
            }
        }
        return new Rollup(rss, pss, uss, swap);
    }

    /** VmHWM (peak resident size since start or since the last clear_refs 5) from /proc/PID/status, in bytes. */
    static OptionalLong peakRss(long pid) {
        return read(pid, "status").map(ProcFs::parseHwm).orElse(OptionalLong.empty());
    }

    static OptionalLong parseHwm(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                return OptionalLong.of(kibibytes(line.substring("VmHWM:".length())) * 1024);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Resets the process's VmHWM to its current resident size ("5" to /proc/PID/clear_refs, Linux 4.0+).
     * False when the file cannot be written (not our process, an old kernel, a read-only /proc) or the process is gone.
     */
    static boolean resetPeakRss(long pid) {
        try {
            Files.writeString(ROOT.resolve(Long.toString(pid)).resolve("clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static long kibibytes(String value) {
        String digits = value.replace("kB", "").trim();
        return Long.parseLong(digits);
    }
}
