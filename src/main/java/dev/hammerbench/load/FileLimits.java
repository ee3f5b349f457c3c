package dev.hammerbench.load;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Refuses a round whose connections cannot fit in the process's open-files limit, before a
 * thousand calls fail one by one with "Too many open files".
 */
final class FileLimits {

    /** Selectors, wake-up pipes, jars and logs a round needs besides its sockets. */
    static final int HEADROOM = 64;

    private FileLimits() {
    }

    /**
     * @param connections the most sockets the round may hold open at once
     * @throws IllegalStateException when they do not fit, saying how to fix it
     */
    static void check(String server, long connections, String why) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (!(os instanceof UnixOperatingSystemMXBean)) {
            return; // no limit the JVM can tell us about (Windows): let the OS decide
        }
        UnixOperatingSystemMXBean unix = (UnixOperatingSystemMXBean) os;
        check(server, connections, why, unix.getOpenFileDescriptorCount(), unix.getMaxFileDescriptorCount());
    }

    static void check(String server, long connections, String why, long open, long max) {
        long needed = connections + open + HEADROOM;
        if (max > 0 && needed > max) {
            throw new IllegalStateException("server " + server + ": " + why + " needs up to " + connections
                    + " connections, and with the " + open + " files already open about " + needed
                    + " open files, but this process may open only " + max
                    + " (ulimit -n, 'Max open files' in /proc/self/limits); raise the limit before starting the JVM"
                    + " (e.g. ulimit -n 65536, or LimitNOFILE in a systemd unit) or lower concurrency");
        }
    }
}
