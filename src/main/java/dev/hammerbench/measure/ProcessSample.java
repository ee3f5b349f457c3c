package dev.hammerbench.measure;

/**
 * What one process showed at one moment.
 *
 * @param pid process id
 * @param startTime when it started, in the platform's own unit; with the pid it tells a process from
 *        a later one that reused its pid
 * @param pgid process group (on Linux; off Linux the group of the process the caller asked about)
 * @param zombie exited but not yet reaped: holds no memory
 * @param rss resident set size in bytes
 * @param vms virtual size in bytes
 * @param cpuNanos user + system CPU time the process has spent so far
 */
record ProcessSample(long pid, long startTime, long pgid, boolean zombie, long rss, long vms, long cpuNanos) {

    /** Identity of a process across readings: pid alone can be reused. */
    record Key(long pid, long startTime) {
    }

    Key key() {
        return new Key(pid, startTime);
    }
}
