package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Sensitivity;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Each server against the best of the round, the way hyperfine words it: "fastest", "1.8x
 * slower"; "smallest", "1.4x larger". The harness is not ranked: it is not a contestant.
 */
final class Relative {

    static final String FASTEST = "fastest";
    static final String SMALLEST = "smallest";
    static final String SAME = "same (within noise)";

    private Relative() {
    }

    /**
     * How many times the best throughput of the round exceeds this server's. Empty for a server
     * without a single success: answering every call with an error fast is no speed at all.
     */
    static OptionalDouble slowerBy(Comparison comparison, ServerResult server) {
        Optional<Shift> shift = shift(comparison, server);
        if (shift.isPresent()) {
            return OptionalDouble.of(shift.get().ratio());
        }
        double best = comparison.servers().stream().filter(Relative::ranksBySpeed)
                .mapToDouble(Relative::throughput).max().orElse(0);
        if (!ranksBySpeed(server) || best == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(best / throughput(server));
    }

    /**
     * "fastest"; over rounds, "1.6x slower ±0.1" when the fastest's rounds are significantly
     * faster (Mann-Whitney U at 95 %) and "same (within noise)" when not. With one round, or too
     * few for the test to ever reach 5 %, the ratio alone, as a single round has always printed it:
     * a reading, not a verdict.
     */
    static String speed(Comparison comparison, ServerResult server) {
        OptionalDouble ratio = slowerBy(comparison, server);
        if (ratio.isEmpty()) {
            return server.hammer().succeeded() == 0 ? "no successes" : Units.UNKNOWN;
        }
        if (server == fastest(comparison).orElse(null) || ratio.getAsDouble() == 1.0 && !testable(comparison)) {
            return FASTEST;
        }
        Optional<Shift> shift = shift(comparison, server);
        if (shift.isEmpty() || !testable(comparison)) {
            return times(ratio.getAsDouble()) + " slower";
        }
        if (!shift.get().significant()) {
            return SAME;
        }
        String times = times(shift.get().ratio());
        String margin = Units.format(times.matches("\\d+\\.\\d\\dx") ? "%.2f" : "%.1f", shift.get().margin());
        return times + " slower ±" + margin;
    }

    /** Whether the rounds are enough for Mann-Whitney U to reach 5 % at all. */
    static boolean testable(Comparison comparison) {
        return comparison.servers().stream().mapToInt(s -> s.perRound().size()).min().orElse(1) >= Shift.minimumRounds();
    }

    /** The server with the highest (median) throughput among those with successes. */
    static Optional<ServerResult> fastest(Comparison comparison) {
        return comparison.servers().stream().filter(Relative::ranksBySpeed)
                .max(java.util.Comparator.comparingDouble(Relative::throughput));
    }

    /** The fastest's throughput over this server's, over rounds; empty for the fastest itself, one round, or no fastest. */
    static Optional<Shift> shift(Comparison comparison, ServerResult server) {
        Optional<ServerResult> fastest = fastest(comparison);
        if (comparison.rounds() < 2 || fastest.isEmpty() || fastest.get() == server || !ranksBySpeed(server)) {
            return Optional.empty();
        }
        return fastest.get().throughputRatio(server);
    }

    /** What the fastest's rounds against this server's can see; empty where {@link #shift} is. */
    static Optional<Sensitivity> sensitivity(Comparison comparison, ServerResult server) {
        if (shift(comparison, server).isEmpty() || !testable(comparison)) {
            return Optional.empty();
        }
        return fastest(comparison).flatMap(f -> f.throughputSensitivity(server));
    }

    /** One round's throughput, or the median over rounds. */
    private static double throughput(ServerResult server) {
        return server.perRound().size() > 1 ? server.speed().throughput().median() : server.hammer().throughput();
    }

    /** How many times this server's RSS after the load exceeds the smallest of the round. */
    static OptionalDouble largerBy(Comparison comparison, ServerResult server) {
        long smallest = comparison.servers().stream().filter(Relative::ranksByMemory)
                .mapToLong(s -> s.after().orElseThrow().rss()).min().orElse(0);
        if (!ranksByMemory(server) || smallest == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) server.after().orElseThrow().rss() / smallest);
    }

    static String memory(Comparison comparison, ServerResult server) {
        OptionalDouble ratio = largerBy(comparison, server);
        if (ratio.isEmpty()) {
            return Units.UNKNOWN;
        }
        return ratio.getAsDouble() == 1.0 ? SMALLEST : times(ratio.getAsDouble()) + " larger";
    }

    /** "1.8x"; "1.03x" where one decimal would print "1.0x" next to "fastest" and hide the gap. */
    static String times(double ratio) {
        String oneDecimal = Units.format("%.1fx", ratio);
        return oneDecimal.equals("1.0x") ? Units.format("%.2fx", ratio) : oneDecimal;
    }

    private static boolean ranksBySpeed(ServerResult server) {
        return server.hammer().succeeded() > 0 && server.hammer().throughput() > 0;
    }

    private static boolean ranksByMemory(ServerResult server) {
        return server.hasMemory() && server.after().orElseThrow().rss() > 0;
    }
}
