package dev.hammerbench.load;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.PlanSummary;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one round does to one server: how many calls (or for how long), how many in flight, at
 * what rate, with which request. Immutable and validated; build one with {@link #builder()}.
 *
 * <p>Exactly one of calls and duration bounds the round. Without a rate the round is a closed
 * model: {@code concurrency} callers each send their next call when the previous one ended
 * (0 = every call in flight at once, the seed's way). With a rate it is an open model: calls go
 * out on a fixed schedule and latency counts from each call's intended send time, so a stalled
 * server shows in the high percentiles (wrk2's cure for coordinated omission); there
 * {@code concurrency} caps the calls in flight (0 = no cap beyond what the timeout implies).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HammerPlan {

    /** The seed's round: 2000 calls. */
    public static final long DEFAULT_CALLS = 2000;
    /** The seed's per-call timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    /**
     * Without a rampUp, a round of every call at once starts one call per this interval: the
     * pace of a thread-per-call client such as the seed's (its 2000 Python threads started over
     * 2.35-2.72 s here, 1.2-1.4 ms a thread; at 1 ms a call cherrypy still overflowed now and
     * then). A tighter burst meets a small listen backlog full, the kernel drops the SYN
     * and retries it only after 1 s, past a 1 s timeout; see the README, "all at once".
     */
    public static final Duration DEFAULT_START_INTERVAL = Duration.ofMillis(1).plusNanos(250_000);

    private final long calls;
    private final Duration duration;
    private final int concurrency;
    private final double rate;
    private final Duration timeout;
    private final boolean keepAlive;
    private final long warmup;
    private final Duration warmupDuration;
    private final double scale;
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> headers;
    private final String body;
    private final int[] expectStatus;
    private final boolean allowRemote;
    private final Duration deadline;
    private final Duration rampUp;

    HammerPlan(HammerPlanBuilder b, long calls, Duration duration, long warmup, Duration warmupDuration) {
        this.calls = calls;
        this.duration = duration;
        this.concurrency = b.concurrency;
        this.rate = b.rate;
        this.timeout = b.timeout;
        this.keepAlive = b.keepAlive;
        this.warmup = warmup;
        this.warmupDuration = warmupDuration;
        this.scale = b.scale;
        this.method = b.method;
        this.path = b.path;
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.expectStatus = b.expectStatus.clone();
        this.allowRemote = b.allowRemote;
        this.deadline = b.deadline;
        this.rampUp = b.rampUp;
    }

    /** A builder with the seed's defaults: 2000 calls, all at once, a new connection each, 1 s timeout. */
    public static HammerPlanBuilder builder() {
        return new HammerPlanBuilder();
    }

    /** The plan as reports show it (after scaling). */
    public PlanSummary summary() {
        return new PlanSummary(calls, Optional.ofNullable(duration), concurrency, rate, timeout, keepAlive, warmup, scale,
                method, path, Optional.ofNullable(deadline), Duration.ofNanos(startSpreadNanos(Budget.connections(this))),
                rampUp == null, Optional.ofNullable(warmupDuration));
    }

    /** The rampUp asked for; empty when none was (then {@link PlanSummary#rampUp()} tells the default). */
    public Optional<Duration> rampUp() {
        return Optional.ofNullable(rampUp);
    }

    /**
     * Over how long the first call of each of {@code callers} starts in a closed round: the rampUp
     * when given, else {@link #DEFAULT_START_INTERVAL} a call when every call goes at once, else 0
     * (all callers start together). An open round's schedule sets its own starts: 0.
     */
    long startSpreadNanos(long callers) {
        if (openModel()) {
            return 0;
        }
        if (rampUp != null) {
            return rampUp.toNanos();
        }
        return concurrency == 0 ? Math.max(0, callers - 1) * DEFAULT_START_INTERVAL.toNanos() : 0;
    }

    /**
     * The longest the counted round against one server may last, whatever else the plan says; null
     * for none. At the deadline, calls in flight are cancelled and calls not yet sent are not sent.
     */
    public Duration deadline() {
        return deadline;
    }

    /** Counted calls, or 0 when {@link #duration()} bounds the round. */
    public long calls() {
        return calls;
    }

    /** How long to send, or null when {@link #calls()} bounds the round. */
    public Duration duration() {
        return duration;
    }

    public int concurrency() {
        return concurrency;
    }

    public double rate() {
        return rate;
    }

    public Duration timeout() {
        return timeout;
    }

    public boolean keepAlive() {
        return keepAlive;
    }

    /** Calls sent first and not counted; 0 when none are, or when {@link #warmupDuration()} bounds the warm-up. */
    public long warmup() {
        return warmup;
    }

    /** How long calls are sent first and not counted; empty when none are, or when {@link #warmup()} counts them. */
    public Optional<Duration> warmupDuration() {
        return Optional.ofNullable(warmupDuration);
    }

    public double scale() {
        return scale;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Request headers in the order given, as name-value pairs. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    public String body() {
        return body;
    }

    /** The statuses counted as success; empty means any 2xx. */
    public int[] expectStatus() {
        return expectStatus.clone();
    }

    public boolean allowRemote() {
        return allowRemote;
    }

    boolean openModel() {
        return rate > 0;
    }

    boolean expected(int status) {
        if (expectStatus.length == 0) {
            return status >= 200 && status < 300;
        }
        for (int s : expectStatus) {
            if (s == status) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return summary() + (headers.isEmpty() ? "" : " headers=" + headers)
                + (body.isEmpty() ? "" : " body=" + body.length() + " chars")
                + (expectStatus.length == 0 ? "" : " expectStatus=" + Arrays.toString(expectStatus))
                + (allowRemote ? " allowRemote" : "") + (rampUp == null ? "" : " rampUp=" + rampUp);
    }
}
