package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * The speed table's figures of one server over its rounds, each the median with a 95 % interval
 * ({@link Estimate}). Latencies are in seconds. With one round every estimate is that round's value.
 *
 * @param throughput successful calls per second of wall time
 * @param secondsPerCall wall time over calls sent
 * @param p50 median latency, over the rounds that got a response (empty when none did)
 * @param p90 the 90th percentile, likewise
 * @param p99 the 99th percentile, likewise
 * @param max the slowest response, likewise
 * @param cpuMillisPer1000Calls the server group's CPU per 1000 calls, over the rounds where it was measured
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SpeedFigures(Estimate throughput, Estimate secondsPerCall, Optional<Estimate> p50,
        Optional<Estimate> p90, Optional<Estimate> p99, Optional<Estimate> max,
        Optional<Estimate> cpuMillisPer1000Calls) {

    /** @throws IllegalArgumentException without rounds */
    public static SpeedFigures of(List<ServerResult> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("speed figures need at least one round");
        }
        List<HammerResult> hammers = rounds.stream().map(ServerResult::hammer).toList();
        List<LatencySummary> answered = hammers.stream().map(HammerResult::latency).filter(l -> l.count() > 0).toList();
        List<Double> cpu = rounds.stream().map(ServerResult::cpuMillisPer1000Calls).filter(c -> c.isPresent())
                .map(c -> c.getAsDouble()).toList();
        return new SpeedFigures(
                estimate(hammers, HammerResult::throughput),
                estimate(hammers, HammerResult::secondsPerCall),
                latency(answered, LatencySummary::p50),
                latency(answered, LatencySummary::p90),
                latency(answered, LatencySummary::p99),
                latency(answered, LatencySummary::max),
                cpu.isEmpty() ? Optional.empty() : Optional.of(Estimate.of(cpu)));
    }

    private static Estimate estimate(List<HammerResult> hammers, ToDoubleFunction<HammerResult> figure) {
        return Estimate.of(hammers.stream().map(h -> figure.applyAsDouble(h)).toList());
    }

    private static Optional<Estimate> latency(List<LatencySummary> answered, Function<LatencySummary, Duration> pick) {
        return answered.isEmpty() ? Optional.empty()
                : Optional.of(Estimate.of(answered.stream().map(l -> pick.apply(l).toNanos() / 1e9).toList()));
    }
}
