package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.EngineWarmupResult;
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
        String bound = plan.duration().map(d -> "for " + Units.duration(d)).orElse(plan.calls() + " calls");
        String rate = plan.openModel()
                ? "rate " + Units.rate(plan.rate()) + "/s (open model)"
                : "no rate (closed model)";
        String warmup = plan.warmupDuration().map(Units::duration).orElse(Long.toString(plan.warmup()));
        return "plan: " + bound + " (warm-up " + warmup + "), concurrency " + plan.concurrency()
                + ", timeout " + Units.duration(plan.timeout()) + ", keep-alive " + (plan.keepAlive() ? "on" : "off")
                + ", " + rate + ", scale " + scale(plan.scale())
                + plan.deadline().map(d -> ", deadline " + Units.duration(d)).orElse("")
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
        String warmed = harness(comparison);
        return warmed.isEmpty() ? List.of(plan(comparison.plan()), round(comparison))
                : List.of(plan(comparison.plan()), round(comparison), warmed);
    }

    /** "harness: engine warmed ...", or "" when it was not (or it is not known). */
    static String harness(Comparison comparison) {
        if (comparison.harness() == null || comparison.harness().engineWarmup().isEmpty()) {
            return "";
        }
        EngineWarmupResult warmup = comparison.harness().engineWarmup().get();
        return "harness: its engine warmed once in this JVM before the first round, " + warmup.calls() + " calls in "
                + Units.duration(warmup.took()) + " against a loopback responder of its own (not counted)";
    }

    /** "1", "0.25", "2.5": the factor as given, without a trailing ".0". */
    static String scale(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
