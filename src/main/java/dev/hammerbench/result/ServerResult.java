package dev.hammerbench.result;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Everything one round found out about one server.
 *
 * @param server who it is
 * @param hammer how it took the load
 * @param before memory after the settle delay before the load; null when the server was not launched here
 * @param after memory after the settle delay after the load; null when the server was not launched here
 * @param peakRss the highest resident size of the group during the load, when known
 * @param cpuTime user + system CPU the group spent during the load; null when unknown
 * @param memoryOverTime resident size sampled during the load (empty when not sampled)
 * @param peakSource how {@code peakRss} was measured: "VmHWM" (the kernel's high-water mark, reset
 *     through clear_refs before the load), "sampled" (the highest sample), or "" when unknown
 * @param kernel what the kernel's TCP counters said about the round, where they could be read (Linux)
 */
public record ServerResult(ServerInfo server, HammerResult hammer, MemorySnapshot before, MemorySnapshot after,
        OptionalLong peakRss, Duration cpuTime, List<MemorySample> memoryOverTime, String peakSource,
        Optional<KernelEvidence> kernel) {

    public ServerResult {
        memoryOverTime = List.copyOf(memoryOverTime);
        peakSource = peakSource == null ? "" : peakSource;
        kernel = kernel == null ? Optional.empty() : kernel;
    }

    /** A result without kernel evidence. */
    public ServerResult(ServerInfo server, HammerResult hammer, MemorySnapshot before, MemorySnapshot after,
            OptionalLong peakRss, Duration cpuTime, List<MemorySample> memoryOverTime, String peakSource) {
        this(server, hammer, before, after, peakRss, cpuTime, memoryOverTime, peakSource, Optional.empty());
    }

    /** A result whose peak was measured in a way nobody recorded. */
    public ServerResult(ServerInfo server, HammerResult hammer, MemorySnapshot before, MemorySnapshot after,
            OptionalLong peakRss, Duration cpuTime, List<MemorySample> memoryOverTime) {
        this(server, hammer, before, after, peakRss, cpuTime, memoryOverTime, "");
    }

    public String name() {
        return server.name();
    }

    public boolean hasMemory() {
        return before != null && after != null;
    }

    /** RSS after minus RSS before, in bytes. */
    public OptionalLong rssGrowth() {
        return hasMemory() ? OptionalLong.of(after.rss() - before.rss()) : OptionalLong.empty();
    }

    /** RSS growth in percent of RSS before. */
    public OptionalDouble rssGrowthPercent() {
        return hasMemory() ? after.rssGrowthPercentSince(before) : OptionalDouble.empty();
    }

    /** CPU milliseconds the server spent per 1000 counted calls. */
    public OptionalDouble cpuMillisPer1000Calls() {
        return cpuTime == null || hammer.sent() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(cpuTime.toNanos() / 1e6 * 1000.0 / hammer.sent());
    }
}
