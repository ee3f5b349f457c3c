package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * How one server took one round of load.
 *
 * @param target the URI the calls went to
 * @param plan the plan as run
 * @param sent counted calls sent (warm-up excluded)
 * @param completed counted calls that ended, with a response or an error, before the round's deadline
 * @param succeeded calls whose status the plan expected
 * @param outcomes every completed call by status or error class
 * @param wall from the first counted call sent to the last one ended
 * @param latency of the calls that got a response
 * @param harnessBusy the share (0..1) of the round's wall time the busiest of the load engine's
 *     own I/O threads was on CPU; near 1 the harness, not the server, limited the round. Empty
 *     when the JVM cannot tell (no thread CPU time) or no call ended on an I/O thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HammerResult(String target, PlanSummary plan, long sent, long completed, long succeeded,
        Outcomes outcomes, Duration wall, LatencySummary latency, OptionalDouble harnessBusy) {

    public HammerResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(harnessBusy, "harnessBusy");
        if (harnessBusy.isPresent() && !(harnessBusy.getAsDouble() >= 0 && harnessBusy.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("harnessBusy must be within 0..1: " + harnessBusy.getAsDouble());
        }
    }

    /** A result whose harness busy share is not known. */
    public HammerResult(String target, PlanSummary plan, long sent, long completed, long succeeded,
            Outcomes outcomes, Duration wall, LatencySummary latency) {
        this(target, plan, sent, completed, succeeded, outcomes, wall, latency, OptionalDouble.empty());
    }

    /** Succeeded over sent, 0..1; a call still unanswered at the deadline counts as failed. */
    public double successRate() {
        return sent == 0 ? 0 : (double) succeeded / sent;
    }

    public long failed() {
        return sent - succeeded;
    }

    /** The seed's figure: wall time divided by calls. */
    public double secondsPerCall() {
        return sent == 0 ? 0 : seconds(wall) / sent;
    }

    /**
     * Successful calls per second of wall time. Calls that failed do not count, so a server that
     * refuses connections quickly does not look fast.
     */
    public double throughput() {
        double seconds = seconds(wall);
        return seconds == 0 ? 0 : succeeded / seconds;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
