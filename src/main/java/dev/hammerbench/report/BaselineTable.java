package dev.hammerbench.report;

import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.BaselineDelta;
import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.Baselines;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The "vs baseline" table: per server, each figure now against the baseline kept for the round.
 * A speed cell is "+12.0 % ±3.1 %" (more than noise), "same (within noise)" when both sides have
 * enough rounds for a judgement, or the plain change of the medians ("+12.0 %") when they do not.
 * Memory is one reading a side: the plain difference in MiB.
 */
final class BaselineTable {

    static final String SAME = "same (within noise)";
    private static final double MIB = 1024.0 * 1024.0;

    private BaselineTable() {
    }

    /** The round's baseline check, when it had a baseline. */
    static Optional<BaselineCheck> check(Comparison comparison) {
        return Baselines.of(comparison);
    }

    /** What the table is against and whether it may be read as a regression check; empty without a baseline. */
    static List<String> notes(Comparison comparison) {
        Optional<BaselineCheck> found = check(comparison);
        if (found.isEmpty()) {
            return List.of(); // no note on every round of a suite that keeps no baselines; the assertions say how to create one
        }
        BaselineCheck check = found.get();
        List<String> notes = new ArrayList<>();
        int rounds = check.baseline().servers().stream().mapToInt(BaselineFigures::rounds).max().orElse(1);
        notes.add("baseline: " + check.file() + " (recorded " + (check.baseline().recordedAt() == null ? "at an unknown time"
                : check.baseline().recordedAt()) + ", " + rounds + (rounds == 1 ? " round" : " rounds") + ")");
        if (!check.comparable()) {
            notes.add("NOT COMPARABLE with the baseline: the differences below may be the machine or the plan, "
                    + "not the server:");
            check.differences().forEach(d -> notes.add("  " + d));
        } else if (Math.min(rounds, comparison.rounds()) < Shift.minimumRounds()) {
            notes.add("fewer than " + Shift.minimumRounds() + " rounds on a side: plain changes of the medians, no "
                    + "judgement of noise (set @Hammer(rounds = 5) and refresh the baseline)");
        }
        return notes;
    }

    static Table build(Comparison comparison, BaselineCheck check) {
        List<List<String>> rows = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            Optional<BaselineFigures> then = check.server(server.name());
            if (then.isEmpty()) {
                rows.add(List.of(server.server().displayName(), "not in baseline", "", "", "", "", ""));
                continue;
            }
            BaselineFigures base = then.get();
            BaselineFigures now = BaselineFigures.of(server);
            rows.add(List.of(server.server().displayName() + (check.comparable() ? "" : " (not comparable)"),
                    speed(base.throughput(), now.throughput()), speed(base.p50(), now.p50()),
                    speed(base.p90(), now.p90()), speed(base.p99(), now.p99()),
                    memory(base.rssAfter(), now.rssAfter()), memory(base.peakRss(), now.peakRss())));
        }
        return new Table(List.of(Table.Column.text("server", 40), Table.Column.number("req/s", 20),
                Table.Column.number("p50", 20), Table.Column.number("p90", 20), Table.Column.number("p99", 20),
                Table.Column.number("RSS after", 22), Table.Column.number("peak RSS", 22)), rows);
    }

    /** A speed figure's cell; "-" when a side has no value (no response in any round). */
    static String speed(List<Double> baseline, List<Double> now) {
        if (baseline.isEmpty() || now.isEmpty()) {
            return Units.UNKNOWN;
        }
        BaselineDelta delta = BaselineDelta.of(baseline, now);
        if (Double.isNaN(delta.ratio())) {
            return Units.UNKNOWN;
        }
        if (delta.shift().isEmpty()) {
            return Units.format("%+.1f %%", delta.changePercent());
        }
        if (!delta.significant()) {
            return SAME;
        }
        return Units.format("%+.1f %% ±%.1f %%", delta.changePercent(), delta.shift().get().margin() * 100);
    }

    /** "+20.3 MiB (+15.2 %)"; "-" when a side was not measured. */
    static String memory(OptionalLong baseline, OptionalLong now) {
        if (baseline.isEmpty() || now.isEmpty()) {
            return Units.UNKNOWN;
        }
        long difference = now.getAsLong() - baseline.getAsLong();
        String percent = baseline.getAsLong() == 0 ? ""
                : Units.format(" (%+.1f %%)", 100.0 * difference / baseline.getAsLong());
        return Units.format("%+.1f MiB", difference / MIB) + percent;
    }
}
