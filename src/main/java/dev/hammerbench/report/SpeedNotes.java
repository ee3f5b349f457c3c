package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Estimate;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines under the speed table: a warning for every server during whose load other processes
 * took much of the machine; and, with several rounds a server, how to read "±" and the verdicts,
 * and a warning for every server whose rounds varied too much to trust.
 */
final class SpeedNotes {

    /** Rounds varying more than this (coefficient of variation of req/s) get a warning. */
    static final double UNSTABLE_ABOVE = 0.10;

    private SpeedNotes() {
    }

    /** Other processes taking more of the machine than this during a server's load get a note. */
    static final double BUSY_NEIGHBOURS_ABOVE = 0.25;

    static List<String> lines(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            String name = Text.oneLine(server.name());
            String during = server.perRound().size() > 1 ? "one of " + name + "'s rounds" : name + "'s round";
            server.othersCpuShare().ifPresent(share -> {
                if (share > BUSY_NEIGHBOURS_ABOVE) {
                    lines.add(Units.format("busy machine: other processes used %.0f %% of its CPU during %s: its figures"
                            + " may be low", 100 * share, during));
                }
            });
        }
        int rounds = comparison.rounds();
        if (rounds < 2) {
            return lines;
        }
        Estimate sample = comparison.servers().get(0).speed().throughput();
        lines.add("figures: the median of " + rounds + " rounds ± the far end of its "
                + (sample.coverage() >= Estimate.LEVEL ? "95 %" : Units.format("%.1f %% (95 %% needs 6 rounds)",
                        100 * sample.coverage()))
                + " interval (order statistics); every round is in results.csv and .json");
        if (Relative.testable(comparison)) {
            lines.add("relative: " + Shift.TEST + ", each round's req/s against the fastest's; ratio ± its"
                    + " Hodges-Lehmann interval");
        } else {
            lines.add(Units.format("relative: untested ratios of medians: %d rounds a server cannot show a significant"
                    + " difference (Mann-Whitney's smallest p with %d vs %d is %.2f); use rounds = %d or more (5 for a CI gate)",
                    rounds, rounds, rounds, Shift.minimumPValue(rounds, rounds), Shift.minimumRounds()));
        }
        for (ServerResult server : comparison.servers()) {
            double cv = server.speed().throughput().coefficientOfVariation();
            if (cv > UNSTABLE_ABOVE) {
                lines.add(Units.format("unstable: %s's req/s varied %.1f %% across its %d rounds (coefficient of"
                        + " variation, warned above %.0f %%): more warm-up, more rounds or a quieter machine help",
                        Text.oneLine(server.name()), 100 * cv, server.perRound().size(), 100 * UNSTABLE_ABOVE));
            }
        }
        return lines;
    }
}
