package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Memory of a server's whole process group (or of the harness JVM) at one moment, in bytes.
 *
 * @param at when it was taken
 * @param processCount processes summed (the group's members)
 * @param rss resident set size, summed over the group
 * @param vms virtual size, summed over the group; empty where only a cgroup's figures are known
 *     (a container on a remote engine, through the Docker stats API)
 * @param pss proportional set size, summed (Linux only)
 * @param uss unique set size = private clean + private dirty, summed (Linux only)
 * @param swap swapped-out size, summed (Linux only)
 * @param mainRss resident set size of the main process alone; empty when it was not among the
 *     processes read (it had exited) or only a cgroup's figures are known
 * @param mainVms virtual size of the main process alone; empty as {@code mainRss}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MemorySnapshot(Instant at, int processCount, long rss, OptionalLong vms, OptionalLong pss,
        OptionalLong uss, OptionalLong swap, OptionalLong mainRss, OptionalLong mainVms) {

    /** How much RSS grew from {@code before} to this snapshot, in percent of before; empty when before had none. */
    public OptionalDouble rssGrowthPercentSince(MemorySnapshot before) {
        return before.rss() > 0 ? OptionalDouble.of(100.0 * (rss - before.rss()) / before.rss()) : OptionalDouble.empty();
    }
}
