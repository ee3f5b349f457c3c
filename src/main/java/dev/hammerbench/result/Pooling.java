package dev.hammerbench.result;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Several rounds of one server as one result: counts add up, latency percentiles are the median
 * over rounds (no per-call samples survive a round), memory spans the first round's before to
 * the last round's after, and the peak is the highest of all.
 */
final class Pooling {

    private Pooling() {
    }

    static ServerResult server(List<ServerResult> rounds, Optional<MemorySnapshot> before,
            Optional<MemorySnapshot> after) {
        ServerResult first = rounds.get(0);
        ServerResult last = rounds.get(rounds.size() - 1);
        OptionalLong peak = rounds.stream().map(ServerResult::peakRss).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
        Optional<String> peakSource = rounds.stream()
                .filter(r -> r.peakRss().isPresent() && r.peakRss().getAsLong() == peak.orElse(-1))
                .map(ServerResult::peakSource).findFirst().flatMap(source -> source);
        Optional<Duration> cpu = rounds.stream().anyMatch(r -> r.cpuTime().isEmpty()) ? Optional.empty()
                : Optional.of(rounds.stream().map(r -> r.cpuTime().orElseThrow()).reduce(Duration.ZERO, Duration::plus));
        return new ServerResult(first.server(), hammer(rounds.stream().map(ServerResult::hammer).toList()), before,
                after, peak, cpu, last.memoryOverTime(), peakSource, rounds,
                rounds.stream().map(ServerResult::othersCpuShare).filter(OptionalDouble::isPresent)
                        .mapToDouble(OptionalDouble::getAsDouble).max());
    }

    /**
     * The median of the machine busy shares of the rounds that have one; empty when none has (as the
     * highest othersCpuShare is over the rounds that have one).
     */
    static OptionalDouble medianBusy(List<ServerResult> rounds) {
        double[] busy = rounds.stream().map(ServerResult::machineBusyShare).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
        int n = busy.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? busy[n / 2] : (busy[n / 2 - 1] + busy[n / 2]) / 2);
    }

    static HammerResult hammer(List<HammerResult> rounds) {
        HammerResult first = rounds.get(0);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> samples = new LinkedHashMap<>();
        for (HammerResult round : rounds) {
            round.outcomes().counts().forEach((key, count) -> counts.merge(key, count, Long::sum));
            round.outcomes().samples().forEach(samples::putIfAbsent);
        }
        return new HammerResult(first.target(), first.plan(), sum(rounds, HammerResult::sent),
                sum(rounds, HammerResult::completed), sum(rounds, HammerResult::succeeded), new Outcomes(counts, samples),
                rounds.stream().map(HammerResult::wall).reduce(Duration.ZERO, Duration::plus),
                latency(rounds.stream().map(HammerResult::latency).filter(l -> l.count() > 0).toList()));
    }

    private static LatencySummary latency(List<LatencySummary> answered) {
        if (answered.isEmpty()) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(answered.stream().mapToLong(LatencySummary::count).sum(),
                answered.stream().map(LatencySummary::min).min(Comparator.naturalOrder()).orElseThrow(),
                median(answered, LatencySummary::mean), median(answered, LatencySummary::p50),
                median(answered, LatencySummary::p75), median(answered, LatencySummary::p90),
                median(answered, LatencySummary::p95), median(answered, LatencySummary::p99),
                median(answered, LatencySummary::p999), median(answered, LatencySummary::max));
    }

    private static Duration median(List<LatencySummary> answered, Function<LatencySummary, Duration> pick) {
        double nanos = Estimate.of(answered.stream().map(l -> (double) pick.apply(l).toNanos()).toList()).median();
        return Duration.ofNanos(Math.round(nanos));
    }

    private static long sum(List<HammerResult> rounds, java.util.function.ToLongFunction<HammerResult> figure) {
        return rounds.stream().mapToLong(figure).sum();
    }
}
