package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Everything one round found out about one server.
 *
 * @param server who it is
 * @param hammer how it took the load
 * @param before memory after the settle delay before the load; empty when the server was not launched here
 * @param after memory after the settle delay after the load; empty when the server was not launched here
 * @param peakRss the highest resident size of the group during the counted calls, when known
 * @param cpuTime user + system CPU the group spent from the first counted call to the last (the
 *     warm-up's calls and CPU are left out); empty when unknown
 * @param memoryOverTime resident size sampled during the counted calls (empty when not sampled)
 * @param peakSource how {@code peakRss} was measured: "VmHWM" (the kernel's high-water mark, reset
 *     through clear_refs when the counted calls begin), "sampled" (the highest sample), "cgroup" (the container's
 *     memory over the Docker stats API's frames); empty when no peak is known
 * @param rounds with {@code @Hammer(rounds = N > 1)}: every round's own result, in round order; then
 *     {@code hammer} pools them (counts summed, latency percentiles the median over rounds),
 *     {@code before} is from before the first round, {@code after} from after the last, the peak
 *     the highest of all, {@code cpuTime} the sum, {@code memoryOverTime} the last round's. Empty
 *     for a single round. {@link #speed()} has the per-round statistics. A round's own result has
 *     no before and after (empty): memory is read around all rounds.
 * @param othersCpuShare the share of the machine's CPU (0..1) that processes other than the server's
 *     group and the harness used during its load; over rounds the highest. Empty when not measured
 *     (off Linux, or servers hammered all at once, where each is the others' neighbour).
 * @param kernel what the kernel's TCP counters said about the load, where they could be read (Linux);
 *     over rounds the sum of every round's
 * @param machineBusyShare the share of the machine's CPU (0..1) that every process together used
 *     during the counted calls: the server, the harness and the rest. Near 1 the machine, not the
 *     server alone, set the pace. Over rounds the median of the rounds that have one. Empty where
 *     {@code othersCpuShare} is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServerResult(ServerInfo server, HammerResult hammer, Optional<MemorySnapshot> before, Optional<MemorySnapshot> after,
        OptionalLong peakRss, Optional<Duration> cpuTime, List<MemorySample> memoryOverTime, Optional<String> peakSource,
        List<ServerResult> rounds, OptionalDouble othersCpuShare, Optional<KernelEvidence> kernel,
        OptionalDouble machineBusyShare) {

    public ServerResult {
        Objects.requireNonNull(before, "before (Optional.empty() when unknown)");
        Objects.requireNonNull(after, "after (Optional.empty() when unknown)");
        Objects.requireNonNull(cpuTime, "cpuTime (Optional.empty() when unknown)");
        kernel = kernel == null ? Optional.empty() : kernel;
        memoryOverTime = List.copyOf(memoryOverTime);
        peakSource = peakSource == null ? Optional.empty() : peakSource.filter(source -> !source.isBlank());
        rounds = List.copyOf(rounds);
        othersCpuShare = othersCpuShare == null ? OptionalDouble.empty() : othersCpuShare;
        machineBusyShare = machineBusyShare == null ? OptionalDouble.empty() : machineBusyShare;
    }

    /** A result whose machine busy share is not known. */
    public ServerResult(ServerInfo server, HammerResult hammer, Optional<MemorySnapshot> before, Optional<MemorySnapshot> after,
            OptionalLong peakRss, Optional<Duration> cpuTime, List<MemorySample> memoryOverTime, Optional<String> peakSource,
            List<ServerResult> rounds, OptionalDouble othersCpuShare, Optional<KernelEvidence> kernel) {
        this(server, hammer, before, after, peakRss, cpuTime, memoryOverTime, peakSource, rounds, othersCpuShare, kernel,
                OptionalDouble.empty());
    }

    /** A single round's result. */
    public ServerResult(ServerInfo server, HammerResult hammer, Optional<MemorySnapshot> before, Optional<MemorySnapshot> after,
            OptionalLong peakRss, Optional<Duration> cpuTime, List<MemorySample> memoryOverTime, Optional<String> peakSource) {
        this(server, hammer, before, after, peakRss, cpuTime, memoryOverTime, peakSource, List.of(),
                OptionalDouble.empty());
    }

    /** A result without kernel evidence. */
    public ServerResult(ServerInfo server, HammerResult hammer, Optional<MemorySnapshot> before, Optional<MemorySnapshot> after,
            OptionalLong peakRss, Optional<Duration> cpuTime, List<MemorySample> memoryOverTime, Optional<String> peakSource,
            List<ServerResult> rounds, OptionalDouble othersCpuShare) {
        this(server, hammer, before, after, peakRss, cpuTime, memoryOverTime, peakSource, rounds, othersCpuShare,
                Optional.empty());
    }

    /**
     * One server over several rounds of the same plan.
     *
     * @param rounds each round's result, in round order (one round: that result, with this before and after)
     * @param before memory before the first round
     * @param after memory after the last round
     */
    public static ServerResult overRounds(List<ServerResult> rounds, Optional<MemorySnapshot> before, Optional<MemorySnapshot> after) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a server result needs at least one round");
        }
        if (rounds.size() == 1) {
            ServerResult only = rounds.get(0);
            return new ServerResult(only.server, only.hammer, before, after, only.peakRss, only.cpuTime,
                    only.memoryOverTime, only.peakSource, List.of(), only.othersCpuShare, only.kernel, only.machineBusyShare);
        }
        ServerResult pooled = Pooling.server(rounds, before, after);
        Optional<KernelEvidence> kernel = rounds.stream().map(ServerResult::kernel)
                .reduce(Optional.empty(), KernelEvidence::plus);
        return new ServerResult(pooled.server, pooled.hammer, pooled.before, pooled.after, pooled.peakRss,
                pooled.cpuTime, pooled.memoryOverTime, pooled.peakSource, pooled.rounds, pooled.othersCpuShare, kernel,
                Pooling.medianBusy(rounds));
    }

    /** Every round's own result: {@link #rounds()}, or this result alone for a single round. */
    public List<ServerResult> perRound() {
        return rounds.isEmpty() ? List.of(this) : rounds;
    }

    /** The speed table's figures as medians over the rounds, each with its 95 % interval. */
    public SpeedFigures speed() {
        return SpeedFigures.of(perRound());
    }

    /** A result whose peak was measured in a way nobody recorded. */
    public ServerResult(ServerInfo server, HammerResult hammer, Optional<MemorySnapshot> before, Optional<MemorySnapshot> after,
            OptionalLong peakRss, Optional<Duration> cpuTime, List<MemorySample> memoryOverTime) {
        this(server, hammer, before, after, peakRss, cpuTime, memoryOverTime, Optional.empty());
    }

    /**
     * How many times this server's throughput exceeds {@code other}'s over their rounds, with the
     * interval and significance of {@link Shift}; empty when either had a round without a single
     * success (a zero rate has no ratio).
     */
    public Optional<Shift> throughputRatio(ServerResult other) {
        List<Double> own = roundThroughputs();
        List<Double> theirs = other.roundThroughputs();
        if (own.stream().anyMatch(v -> !(v > 0)) || theirs.stream().anyMatch(v -> !(v > 0))) {
            return Optional.empty();
        }
        return Optional.of(Shift.ofRatio(own, theirs));
    }

    /**
     * What a comparison of this server's rounds with {@code slower}'s can see ({@link Sensitivity}):
     * the smallest gap found nine runs in ten, and how often the gap seen would be found again; empty
     * under the same conditions as {@link #throughputRatio(ServerResult)}, or with a single round a side.
     */
    public Optional<Sensitivity> throughputSensitivity(ServerResult slower) {
        if (perRound().size() < 2 || slower.perRound().size() < 2 || throughputRatio(slower).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Sensitivity.of(roundThroughputs(), slower.roundThroughputs()));
    }

    /** Each round's req/s, in round order. */
    private List<Double> roundThroughputs() {
        return perRound().stream().map(r -> r.hammer().throughput()).toList();
    }

    public String name() {
        return server.name();
    }

    public boolean hasMemory() {
        return before.isPresent() && after.isPresent();
    }

    /** RSS after minus RSS before, in bytes. */
    public OptionalLong rssGrowth() {
        return hasMemory() ? OptionalLong.of(after.get().rss() - before.get().rss()) : OptionalLong.empty();
    }

    /** RSS growth in percent of RSS before. */
    public OptionalDouble rssGrowthPercent() {
        return hasMemory() ? after.get().rssGrowthPercentSince(before.get()) : OptionalDouble.empty();
    }

    /** CPU milliseconds the server spent per 1000 counted calls. */
    public OptionalDouble cpuMillisPer1000Calls() {
        return cpuTime.isEmpty() || hammer.sent() == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(cpuTime.get().toNanos() / 1e6 * 1000.0 / hammer.sent());
    }
}
