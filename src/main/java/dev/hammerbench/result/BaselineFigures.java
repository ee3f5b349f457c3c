package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The figures of one server that a baseline keeps and a later run is compared with: the speed
 * figures of every round (so a later run can judge noise), and memory, read once around all rounds.
 *
 * @param name the server's name in the round
 * @param throughput successful calls per second, one value per round
 * @param p50 median latency in seconds, one value per round that got a response (empty when none did)
 * @param p90 the 90th percentile likewise
 * @param p99 the 99th percentile likewise
 * @param rssBefore resident size before the load, bytes, when the server was launched here
 * @param rssAfter resident size after the load, bytes
 * @param peakRss the highest resident size during the load, bytes, when known
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BaselineFigures(String name, List<Double> throughput, List<Double> p50, List<Double> p90,
        List<Double> p99, OptionalLong rssBefore, OptionalLong rssAfter, OptionalLong peakRss) {

    public BaselineFigures {
        throughput = List.copyOf(throughput);
        p50 = List.copyOf(p50);
        p90 = List.copyOf(p90);
        p99 = List.copyOf(p99);
        if (throughput.isEmpty()) {
            throw new IllegalArgumentException("server '" + name + "': a baseline needs the throughput of at least one round");
        }
    }

    /** What {@code server} measured, in the same shape as a stored baseline. */
    public static BaselineFigures of(ServerResult server) {
        List<ServerResult> rounds = server.perRound();
        return new BaselineFigures(server.name(), rounds.stream().map(r -> r.hammer().throughput()).toList(),
                latency(rounds, LatencySummary::p50), latency(rounds, LatencySummary::p90),
                latency(rounds, LatencySummary::p99),
                server.before().map(MemorySnapshot::rss).map(OptionalLong::of).orElse(OptionalLong.empty()),
                server.after().map(MemorySnapshot::rss).map(OptionalLong::of).orElse(OptionalLong.empty()),
                server.peakRss());
    }

    /** How many rounds the throughput was measured over. */
    public int rounds() {
        return throughput.size();
    }

    /** A latency figure by its table name: "p50", "p90" or "p99". */
    public List<Double> latency(String percentile) {
        return switch (percentile) {
            case "p50" -> p50;
            case "p90" -> p90;
            case "p99" -> p99;
            default -> throw new IllegalArgumentException("no baseline figure '" + percentile + "'; accepted: p50, p90, p99");
        };
    }

    /** A memory figure by its name: "rssBefore", "rssAfter" or "peakRss". */
    public OptionalLong memory(String figure) {
        return switch (figure) {
            case "rssBefore" -> rssBefore;
            case "rssAfter" -> rssAfter;
            case "peakRss" -> peakRss;
            default -> throw new IllegalArgumentException("no baseline figure '" + figure
                    + "'; accepted: rssBefore, rssAfter, peakRss");
        };
    }

    private static List<Double> latency(List<ServerResult> rounds,
            Function<LatencySummary, java.time.Duration> pick) {
        return rounds.stream().map(r -> r.hammer().latency()).filter(l -> l.count() > 0)
                .map(l -> pick.apply(l).toNanos() / 1e9).toList();
    }
}
