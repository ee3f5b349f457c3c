package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.OptionalDouble;

/**
 * Each server against the best of the round, the way hyperfine words it: "fastest", "1.8x
 * slower"; "smallest", "1.4x larger". The harness is not ranked: it is not a contestant.
 */
final class Relative {

    static final String FASTEST = "fastest";
    static final String SMALLEST = "smallest";

    private Relative() {
    }

    /**
     * How many times the best throughput of the round exceeds this server's. Empty for a server
     * without a single success: answering every call with an error fast is no speed at all.
     */
    static OptionalDouble slowerBy(Comparison comparison, ServerResult server) {
        double best = comparison.servers().stream().filter(Relative::ranksBySpeed)
                .mapToDouble(s -> s.hammer().throughput()).max().orElse(0);
        if (!ranksBySpeed(server) || best == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(best / server.hammer().throughput());
    }

    static String speed(Comparison comparison, ServerResult server) {
        OptionalDouble ratio = slowerBy(comparison, server);
        if (ratio.isEmpty()) {
            return server.hammer().succeeded() == 0 ? "no successes" : Units.UNKNOWN;
        }
        return ratio.getAsDouble() == 1.0 ? FASTEST : times(ratio.getAsDouble()) + " slower";
    }

    /** How many times this server's RSS after the load exceeds the smallest of the round. */
    static OptionalDouble largerBy(Comparison comparison, ServerResult server) {
        long smallest = comparison.servers().stream().filter(Relative::ranksByMemory)
                .mapToLong(s -> s.after().rss()).min().orElse(0);
        if (!ranksByMemory(server) || smallest == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) server.after().rss() / smallest);
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
        return server.hasMemory() && server.after().rss() > 0;
    }
}
