package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.Objects;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The plan a round ran, after scaling and overrides, for reports and footers.
 *
 * @param calls calls to count (0 when the plan is bounded by {@link #duration()} instead)
 * @param duration how long to send; empty when the plan is bounded by calls
 * @param concurrency calls in flight at most (for the closed model: the number of callers)
 * @param rate calls per second for the open model, 0 for the closed model
 * @param timeout per call, connect plus response
 * @param keepAlive whether connections are reused
 * @param warmup calls sent first and not counted
 * @param scale the factor applied to calls/duration/warmup (1 when not scaled)
 * @param method the HTTP method
 * @param path the request path relative to the server URL ("" for the URL itself)
 * @param deadline the longest one server's round may last; empty for the plan's own bound
 * @param rampUp over how long the callers' first calls started (zero: all in one burst; an open
 *     round's schedule sets its own starts, so zero there)
 * @param rampUpDefault true when no rampUp was asked for: {@code rampUp} is then the default (one call a
 *     millisecond for every call at once, else zero)
 * @param warmupDuration how long calls were sent first and not counted; empty when {@code warmup}
 *     counts them (or there is no warm-up)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PlanSummary(long calls, Optional<Duration> duration, int concurrency, double rate, Duration timeout,
        boolean keepAlive, long warmup, double scale, String method, String path, Optional<Duration> deadline,
        Duration rampUp, boolean rampUpDefault, Optional<Duration> warmupDuration) {

    public PlanSummary {
        Objects.requireNonNull(duration, "duration (Optional.empty() when bounded by calls)");
        Objects.requireNonNull(deadline, "deadline (Optional.empty() for none)");
        Objects.requireNonNull(warmupDuration, "warmupDuration (Optional.empty() for none)");
        rampUp = rampUp == null ? Duration.ZERO : rampUp;
    }

    /** A plan whose warm-up, if any, is a number of calls. */
    public PlanSummary(long calls, Optional<Duration> duration, int concurrency, double rate, Duration timeout,
            boolean keepAlive, long warmup, double scale, String method, String path, Optional<Duration> deadline,
            Duration rampUp, boolean rampUpDefault) {
        this(calls, duration, concurrency, rate, timeout, keepAlive, warmup, scale, method, path, deadline, rampUp,
                rampUpDefault, Optional.empty());
    }

    /** A plan whose callers all started at once. */
    public PlanSummary(long calls, Optional<Duration> duration, int concurrency, double rate, Duration timeout,
            boolean keepAlive, long warmup, double scale, String method, String path, Optional<Duration> deadline) {
        this(calls, duration, concurrency, rate, timeout, keepAlive, warmup, scale, method, path, deadline,
                Duration.ZERO, false);
    }

    /** A plan with no deadline of its own. */
    public PlanSummary(long calls, Optional<Duration> duration, int concurrency, double rate, Duration timeout,
            boolean keepAlive, long warmup, double scale, String method, String path) {
        this(calls, duration, concurrency, rate, timeout, keepAlive, warmup, scale, method, path, Optional.empty());
    }

    public boolean openModel() {
        return rate > 0;
    }

    public boolean scaled() {
        return scale != 1.0;
    }
}
