package dev.hammerbench.load;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Builds a {@link HammerPlan}. Setters only record; {@link #build()} checks everything and fails
 * with an {@link IllegalArgumentException} naming the {@code @Hammer} attribute, what was wrong
 * and what is accepted.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HammerPlanBuilder {

    Long calls;
    Duration duration;
    int concurrency;
    double rate;
    Duration timeout = HammerPlan.DEFAULT_TIMEOUT;
    boolean keepAlive;
    long warmup;
    Duration warmupDuration;
    double scale = 1.0;
    Duration deadline;
    Duration rampUp;
    String method = "GET";
    String path = "";
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    String body = "";
    int[] expectStatus = {};
    boolean allowRemote;

    HammerPlanBuilder() {
    }

    /** Counted calls (default 2000 unless a duration is given instead). */
    public HammerPlanBuilder calls(long calls) {
        this.calls = calls;
        return this;
    }

    /** Send for this long instead of a number of calls. */
    public HammerPlanBuilder duration(Duration duration) {
        this.duration = duration;
        return this;
    }

    /** Calls in flight at most; 0 = every call at once (closed model) or no cap (open model). */
    public HammerPlanBuilder concurrency(int concurrency) {
        this.concurrency = concurrency;
        return this;
    }

    /** Calls per second on a fixed schedule (the open model); 0 = as fast as the callers go. */
    public HammerPlanBuilder rate(double rate) {
        this.rate = rate;
        return this;
    }

    /** Per call: connecting is bounded by it, and so is waiting for the response (default 1 s). */
    public HammerPlanBuilder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Reuse connections; false (the default) opens a new connection per call. */
    public HammerPlanBuilder keepAlive(boolean keepAlive) {
        this.keepAlive = keepAlive;
        return this;
    }

    /** Calls sent before the counted ones and not counted. */
    public HammerPlanBuilder warmup(long warmup) {
        this.warmup = warmup;
        return this;
    }

    /** For how long calls are sent before the counted ones, not counted (instead of a number of warm-up calls). */
    public HammerPlanBuilder warmup(Duration warmupDuration) {
        this.warmupDuration = warmupDuration;
        return this;
    }

    /** The HTTP method: GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS or TRACE (any case). */
    public HammerPlanBuilder method(String method) {
        this.method = method;
        return this;
    }

    /** A path resolved against the target URL ("" for the URL itself, "/x" for /x on that server). */
    public HammerPlanBuilder path(String path) {
        this.path = path;
        return this;
    }

    /** Adds a request header; may be called repeatedly. */
    public HammerPlanBuilder header(String name, String value) {
        headers.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, value));
        return this;
    }

    /** The request body, sent as UTF-8 ("" for none). */
    public HammerPlanBuilder body(String body) {
        this.body = body;
        return this;
    }

    /** The statuses that count as success; none given means any 2xx. */
    public HammerPlanBuilder expectStatus(int... statuses) {
        this.expectStatus = statuses == null ? null : statuses.clone();
        return this;
    }

    /** Allow targets outside loopback (127.0.0.0/8, ::1). */
    public HammerPlanBuilder allowRemote(boolean allowRemote) {
        this.allowRemote = allowRemote;
        return this;
    }

    /** The longest the counted round against one server may last; null (the default) for no deadline of its own. */
    public HammerPlanBuilder deadline(Duration deadline) {
        this.deadline = deadline;
        return this;
    }

    /**
     * Spread the starts of a closed round's callers evenly over this time (Gatling's rampUsers,
     * k6's ramping executors): caller i of n starts at i/n of it, then each goes on as usual.
     * Scaled with the calls. Zero starts every caller at once in one burst; null (the default) means zero, except that
     * a round of every call at once starts {@link HammerPlan#DEFAULT_START_INTERVAL} a call.
     */
    public HammerPlanBuilder rampUp(Duration rampUp) {
        this.rampUp = rampUp;
        return this;
    }

    /** A factor for calls, duration and warm-up (e.g. 0.1 for a quick CI run); 1 by default. */
    public HammerPlanBuilder scale(double scale) {
        this.scale = scale;
        return this;
    }

    /**
     * Checks the plan and applies the scale.
     *
     * @throws IllegalArgumentException naming the attribute, the problem and what is accepted
     */
    public HammerPlan build() {
        PlanValidation.check(this);
        method = method.strip().toUpperCase(Locale.ROOT);
        long scaledWarmup = Math.round(warmup * scale);
        Duration scaledWarmupDuration = warmupDuration == null ? null
                : Duration.ofNanos(Math.max(Duration.ofMillis(1).toNanos(), Math.round(warmupDuration.toNanos() * scale)));
        if (rampUp != null) {
            rampUp = Duration.ofNanos(Math.round(rampUp.toNanos() * scale)); // the same pace, scaled like the calls
        }
        if (duration != null) {
            long nanos = Math.max(Duration.ofMillis(1).toNanos(), Math.round(duration.toNanos() * scale));
            return new HammerPlan(this, 0, Duration.ofNanos(nanos), scaledWarmup, scaledWarmupDuration);
        }
        long base = calls == null ? HammerPlan.DEFAULT_CALLS : calls;
        return new HammerPlan(this, Math.max(1, Math.round(base * scale)), null, scaledWarmup, scaledWarmupDuration);
    }
}
