package dev.hammerbench.load;

import java.time.Duration;

/**
 * How many connections a round may hold and how long it may take at most. The hard deadline is
 * a safety net: every call is bounded by its timeouts (waiting for a pooled connection,
 * connecting, then waiting for the response: three timeouts at worst), so a round ends on its
 * own well before it, unless a server trickles bytes slowly enough to dodge the response timeout.
 */
final class Budget {

    /** Slack for scheduling and garbage collection on a loaded machine. */
    static final Duration MARGIN = Duration.ofSeconds(1);
    private static final long MAX_NANOS = Long.MAX_VALUE / 4;

    private Budget() {
    }

    /** The longest a single call can take before one of its timeouts fires. */
    static long perCallNanos(HammerPlan plan) {
        return saturate(3.0 * plan.timeout().toNanos());
    }

    /** Calls in flight at most, which is also the pool size. */
    static long connections(HammerPlan plan) {
        if (plan.concurrency() > 0) {
            return plan.calls() > 0 ? Math.min(plan.concurrency(), plan.calls()) : plan.concurrency();
        }
        if (!plan.openModel()) {
            return plan.calls(); // every call at once; validation rules out concurrency 0 with a duration
        }
        // uncapped open model: a call lives at most perCallNanos, so at most this many overlap
        long overlap = (long) Math.ceil(plan.rate() * perCallNanos(plan) / 1e9) + 1;
        return plan.calls() > 0 ? Math.min(overlap, plan.calls()) : overlap;
    }

    /** From the first call sent to the hard deadline of a round of {@code calls} (0: the plan's duration). */
    static long hardNanos(HammerPlan plan, long calls, long callers) {
        double sending;
        if (calls <= 0) {
            sending = plan.duration().toNanos(); // a rampUp is shorter than the duration
        } else if (plan.openModel()) {
            sending = (calls - 1) / plan.rate() * 1e9;
        } else {
            long waves = (calls + callers - 1) / callers;
            sending = (waves - 1) * (double) perCallNanos(plan) + plan.startSpreadNanos(callers);
        }
        long hard = saturate(sending + perCallNanos(plan) + MARGIN.toNanos());
        return plan.deadline() == null ? hard : Math.min(hard, plan.deadline().toNanos());
    }

    private static long saturate(double nanos) {
        return nanos >= MAX_NANOS ? MAX_NANOS : (long) nanos;
    }
}
