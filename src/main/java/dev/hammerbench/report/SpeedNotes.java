package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.Estimate;
import dev.hammerbench.result.Sensitivity;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import dev.hammerbench.result.Trend;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines under the speed table: a warning for every server during whose load other processes
 * took much of the machine; and, with several rounds a server, how to read "±" and the verdicts,
 * a warning for every server whose rounds varied too much to trust, and one for every server whose
 * rounds drifted one way ({@link Trend}).
 */
final class SpeedNotes {

    /** Rounds varying more than this (coefficient of variation of req/s) get a warning. */
    static final double UNSTABLE_ABOVE = 0.10;

    private SpeedNotes() {
    }

    /** Other processes taking more of the machine than this during a server's load get a note. */
    static final double BUSY_NEIGHBOURS_ABOVE = 0.25;

    /** A machine busy this much (every process together) during a server's counted calls gets a note. */
    static final double SATURATED_FROM = 0.90;

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
        saturatedLine(comparison).ifPresent(lines::add);
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
            sensitivityLines(comparison, lines);
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
            trendLine(server).ifPresent(lines::add);
        }
        return lines;
    }

    /**
     * For each verdict that a rerun could well read otherwise, what these rounds can see
     * ({@link Sensitivity}): under "same (within noise)", the smallest gap found nine runs in ten; under
     * a "slower" found again in fewer than nine runs in ten, how often. A verdict on a gap well beyond
     * the noise gets no line.
     */
    private static void sensitivityLines(Comparison comparison, List<String> lines) {
        String fastest = Relative.fastest(comparison).map(f -> Text.oneLine(f.name())).orElse("");
        for (ServerResult server : comparison.servers()) {
            Optional<Shift> shift = Relative.shift(comparison, server);
            Optional<Sensitivity> sensitivity = Relative.sensitivity(comparison, server);
            if (shift.isEmpty() || sensitivity.isEmpty() || sensitivity.get().robust()) {
                continue;
            }
            String name = Text.oneLine(server.name());
            String detectable = sensitivity.get().detectableRatio().isPresent()
                    ? Units.format("a gap nine runs in ten only from %.2fx", sensitivity.get().detectableRatio().getAsDouble())
                    : "no gap up to 20x nine runs in ten";
            if (!shift.get().significant()) {
                lines.add(Units.format("within noise: %s against %s (%.2fx): rounds as varied as these find %s; a"
                        + " smaller real gap reads \"slower\" in some runs and \"same\" in others",
                        name, fastest, shift.get().ratio(), detectable));
            } else {
                lines.add(Units.format("fragile: %s %.2fx slower than %s: a run as noisy as this one finds it again about"
                        + " %.0f %% of the time (rounds as varied as these find %s); more rounds, or steadier ones, settle it",
                        name, shift.get().ratio(), fastest, 100 * sensitivity.get().repeatChance().orElse(0), detectable));
            }
        }
    }

    /**
     * One line naming every server during whose counted calls the machine's CPUs were at least
     * {@link #SATURATED_FROM} busy (the median over its rounds): the server and the harness share the
     * machine, so its req/s is where both ran out of CPU, not the server's own limit.
     */
    static Optional<String> saturatedLine(Comparison comparison) {
        List<String> servers = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            // a neighbour that filled the machine has its own note ("busy machine"): not the harness's doing
            boolean neighbour = server.othersCpuShare().orElse(0) > BUSY_NEIGHBOURS_ABOVE;
            Optional<Estimate> cpu = server.speed().cpuMillisPer1000Calls(); // as the table's column shows it
            server.machineBusyShare().ifPresent(busy -> {
                if (busy >= SATURATED_FROM && cpu.isPresent() && !neighbour) {
                    servers.add(Units.format("%s (%.0f %%, its own CPU %.1f ms/1k)", Text.oneLine(server.name()),
                            100 * busy, cpu.get().median()));
                }
            });
        }
        if (servers.isEmpty()) {
            return Optional.empty();
        }
        java.util.OptionalDouble harnessCpu = SpeedTable.harnessCpuPer1000Calls(comparison);
        String harness = harnessCpu.isPresent()
                ? Units.format(" (%.1f ms of CPU per 1000 calls, its row)", harnessCpu.getAsDouble())
                : "";
        return Optional.of(Units.format("saturated: the machine's CPUs were %.0f %% busy or more during the counted calls"
                + " of %s: there req/s is where the server and the harness%s ran out of CPU together, not the server's own"
                + " limit, and the rounds vary with how the two shared it; compare CPU ms/1k, or give the load a machine of"
                + " its own", 100 * SATURATED_FROM, String.join(", ", servers), harness));
    }

    /**
     * "rising: netty's req/s rose over its 8 rounds, 31.0k in round 1 to 66.0k in round 8 (...)", when
     * its rounds drifted one way ({@link Trend#notable()}): a server still warming up, or one slowing.
     */
    static Optional<String> trendLine(ServerResult server) {
        List<Double> values = server.speed().throughput().values();
        Trend trend = Trend.of(values);
        if (!trend.notable()) {
            return Optional.empty();
        }
        int n = values.size();
        String how = Units.format("%s's req/s %s over its %d rounds, %s in round 1 to %s in round %d (Spearman rho %.2f,"
                + " p = %.3f; Theil-Sen: %+.0f %% of its median from round 1 to round %d)", Text.oneLine(server.name()),
                trend.rising() ? "rose" : "fell", n, rate(values.get(0)), rate(values.get(n - 1)), n, trend.rho(),
                trend.pValue(), 100 * trend.change(), n);
        return Optional.of(trend.rising()
                ? "rising: " + how + ": it was still warming up, so its median is low and its interval wide; a longer"
                        + " warm-up (warmup = \"10s\"), or more rounds, helps"
                : "falling: " + how + ": it slowed as it went (a filling heap or cache, a leak, throttling, or a"
                        + " neighbour arriving); its median is not a steady state");
    }

    private static String rate(double perSecond) {
        return perSecond >= 10_000 ? Units.format("%.1fk", perSecond / 1000) : Units.rate(perSecond);
    }
}
