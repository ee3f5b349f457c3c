package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.PlanSummary;
import java.util.List;

/** The plan and the round in words, under the tables: what was asked, so the figures can be read. */
final class Footer {

    private Footer() {
    }

    static String plan(PlanSummary plan) {
        if (plan == null) {
            return "plan: unknown";
        }
        String bound = plan.duration() != null ? "for " + Units.duration(plan.duration()) : plan.calls() + " calls";
        String rate = plan.openModel()
                ? "rate " + Units.rate(plan.rate()) + "/s (open model)"
                : "no rate (closed model)";
        return "plan: " + bound + " (warm-up " + plan.warmup() + "), concurrency " + plan.concurrency()
                + ", timeout " + Units.duration(plan.timeout()) + ", keep-alive " + (plan.keepAlive() ? "on" : "off")
                + ", " + rate + ", scale " + scale(plan.scale())
                + (plan.deadline() == null ? "" : ", deadline " + Units.duration(plan.deadline()))
                + rampUp(plan)
                + ", " + Text.oneLine(plan.method() + " "
                + (plan.path() == null || plan.path().isEmpty() ? "<url>" : plan.path()));
    }

    /** How the callers started: it decides whether a small listen backlog overflows. */
    static String rampUp(PlanSummary plan) {
        if (plan.openModel()) {
            return "";
        }
        if (plan.rampUp().isZero()) { // asked for, or the default with a concurrency
            return ", starts in one burst";
        }
        return ", starts over " + Units.duration(plan.rampUp()) + (plan.rampUpDefault() ? " (default pace)" : " (rampUp)");
    }

    static String round(Comparison comparison) {
        return "round: settle " + Units.duration(comparison.settle()) + ", "
                + (comparison.parallel() ? "parallel (all servers at once)" : "sequential (one server after another)")
                + ", total " + Units.duration(comparison.totalTime()) + ", started " + (comparison.startedAt() == null ? Units.UNKNOWN : comparison.startedAt())
                + (comparison.waited().toMillis() >= 1
                        ? ", waited " + Units.duration(comparison.waited()) + " for other rounds on this machine" : "");
    }

    static List<String> lines(Comparison comparison) {
        return List.of(plan(comparison.plan()), round(comparison));
    }

    /** "1", "0.25", "2.5": the factor as given, without a trailing ".0". */
    static String scale(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
