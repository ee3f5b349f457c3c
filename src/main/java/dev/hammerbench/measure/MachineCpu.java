package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * CPU time the whole machine spent busy, from the first line of /proc/stat, so a round can tell
 * how much of the machine other processes took while it ran (a noisy neighbour lowers every
 * figure). Empty off Linux.
 */
@API(status = INTERNAL, since = "0.1")
public final class MachineCpu {

    private MachineCpu() {
    }

    /** Busy time over all CPUs since boot (user, nice, system, irq, softirq, steal), when the OS tells. */
    public static Optional<Duration> busy() {
        if (!ProcFs.AVAILABLE) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(ProcFs.ROOT.resolve("stat")), LinuxConstants.clockTicks());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The CPUs the busy time is spread over: the "cpuN" lines of /proc/stat, whose sum its first line
     * is. Not {@code availableProcessors()}: in a container with a CPU quota or cpuset that is fewer
     * than /proc/stat counts, and the machine would look more than fully busy. Off Linux, or when
     * /proc/stat cannot be read, {@code availableProcessors()}.
     */
    public static int cpus() {
        return CPUS;
    }

    private static final int CPUS = readCpus();

    private static int readCpus() {
        if (ProcFs.AVAILABLE) {
            try {
                int counted = countCpus(Files.readString(ProcFs.ROOT.resolve("stat")));
                if (counted > 0) {
                    return counted;
                }
            } catch (IOException | RuntimeException e) {
                // fall through to the JVM's count
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** The "cpu0", "cpu1", ... lines of a /proc/stat text; 0 when there is none. */
    static int countCpus(String stat) {
        return (int) stat.lines().filter(line -> line.length() > 3 && line.startsWith("cpu")
                && Character.isDigit(line.charAt(3))).count();
    }

    /** @param stat the text of /proc/stat; its first line is "cpu user nice system idle iowait irq softirq steal ..." */
    static Optional<Duration> parse(String stat, long ticksPerSecond) {
        String first = stat.lines().findFirst().orElse("");
        String[] fields = first.trim().split("\\s+");
        if (fields.length < 9 || !fields[0].equals("cpu")) {
            return Optional.empty();
        }
        long ticks = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            ticks += Long.parseLong(fields[i]);
        }
        return Optional.of(Duration.ofNanos(ticks * 1_000_000_000L / ticksPerSecond));
    }

}
