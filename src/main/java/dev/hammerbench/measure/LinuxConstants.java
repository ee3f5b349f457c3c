package dev.hammerbench.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * Page size and clock ticks per second, found once per JVM on first use (a lazy holder), so the
 * cost lands on the first snapshot, before any load, never during one.
 */
final class LinuxConstants {

    /** USER_HZ on every mainstream Linux architecture, used when getconf cannot be run. */
    static final long DEFAULT_CLOCK_TICKS = 100;

    private static final long DEFAULT_PAGE_SIZE = 4096;

    private LinuxConstants() {
    }

    static long pageSize() {
        return Holder.PAGE_SIZE;
    }

    static long clockTicks() {
        return Holder.CLOCK_TICKS;
    }

    private static final class Holder {
        static final long PAGE_SIZE = readPageSize();
        static final long CLOCK_TICKS = readClockTicks();
    }

    /** The first mapping's KernelPageSize in /proc/self/smaps: no process spawned, only a few lines read. */
    private static long readPageSize() {
        try (BufferedReader smaps = Files.newBufferedReader(ProcFs.ROOT.resolve("self/smaps"), StandardCharsets.US_ASCII)) {
            for (String line = smaps.readLine(); line != null; line = smaps.readLine()) {
                if (line.startsWith("KernelPageSize:")) {
                    return Long.parseLong(line.substring("KernelPageSize:".length()).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the default
        }
        return DEFAULT_PAGE_SIZE;
    }

    /** The units of utime/stime in /proc/PID/stat: sysconf(_SC_CLK_TCK), which Java can only ask getconf for. */
    private static long readClockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(getconf.getInputStream(), StandardCharsets.US_ASCII))) {
                String line = out.readLine();
                if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0 && line != null) {
                    long ticks = Long.parseLong(line.trim());
                    if (ticks > 0) {
                        return ticks;
                    }
                }
            } finally {
                getconf.destroyForcibly();
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DEFAULT_CLOCK_TICKS;
    }
}
