package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The latency distribution of the calls that got a response, taken from a histogram: no per-call
 * samples are kept. Under an open-model plan (a rate) latency runs from the intended send time,
 * so a stalled server shows in the high percentiles instead of hiding (coordinated omission).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LatencySummary(long count, Duration min, Duration mean, Duration p50, Duration p75, Duration p90,
        Duration p95, Duration p99, Duration p999, Duration max) {

    public static final LatencySummary EMPTY = new LatencySummary(0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /**
     * The latency at {@code percentile}, one of 50, 75, 90, 95, 99, 99.9 or 100.
     *
     * @throws IllegalArgumentException for any other percentile
     */
    public Duration percentile(double percentile) {
        if (percentile == 50) return p50;
        if (percentile == 75) return p75;
        if (percentile == 90) return p90;
        if (percentile == 95) return p95;
        if (percentile == 99) return p99;
        if (percentile == 99.9) return p999;
        if (percentile == 100) return max;
        throw new IllegalArgumentException("percentile " + percentile
                + " is not kept; accepted: 50, 75, 90, 95, 99, 99.9, 100");
    }
}
