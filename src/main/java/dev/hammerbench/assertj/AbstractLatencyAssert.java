package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.LatencySummary;
import java.time.Duration;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Checks on the latency of the calls that got a response. Every limit is strict: the figure must
 * be below it. A target where no call got a response fails every check, since it has no latency
 * to vouch for.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractLatencyAssert<SELF extends AbstractLatencyAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractHammerAssert<SELF, ACTUAL> {

    protected AbstractLatencyAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the latency at {@code percentile} is below {@code limit}.
     *
     * @param percentile one of 50, 75, 90, 95, 99, 99.9 or 100 (the percentiles the summary keeps)
     * @throws IllegalArgumentException for another percentile or a limit that is not positive
     */
    public SELF percentileLessThan(double percentile, Duration limit) {
        LatencySummary.EMPTY.percentile(percentile); // throws, naming the accepted percentiles
        String figure = percentile == 100 ? "max latency" : "p" + Format.number(percentile, 1) + " latency";
        return below(figure, limit, latency -> latency.percentile(percentile));
    }

    public SELF p50LessThan(Duration limit) {
        return percentileLessThan(50, limit);
    }

    public SELF p90LessThan(Duration limit) {
        return percentileLessThan(90, limit);
    }

    public SELF p99LessThan(Duration limit) {
        return percentileLessThan(99, limit);
    }

    public SELF p999LessThan(Duration limit) {
        return percentileLessThan(99.9, limit);
    }

    public SELF maxLessThan(Duration limit) {
        return percentileLessThan(100, limit);
    }

    public SELF meanLessThan(Duration limit) {
        return below("mean latency", limit, LatencySummary::mean);
    }

    private SELF below(String figure, Duration limit, Function<LatencySummary, Duration> value) {
        Arguments.positive(figure + " limit", limit);
        return verify(target -> {
            LatencySummary latency = target.hammer().latency();
            if (latency.count() > 0 && value.apply(latency).compareTo(limit) < 0) {
                return null;
            }
            Message message = Message.expecting(figure, target).toBe("less than", Format.duration(limit));
            if (latency.count() == 0) {
                return message.fact("but no call got a response, so no latency was measured; outcomes",
                        target.hammer().outcomes().toString()).toString();
            }
            return message.butWas(Format.duration(value.apply(latency)))
                    .fact("latency of " + latency.count() + " responses", summary(latency))
                    .toString();
        });
    }

    private static String summary(LatencySummary latency) {
        return "min " + Format.duration(latency.min()) + ", mean " + Format.duration(latency.mean())
                + ", p50 " + Format.duration(latency.p50()) + ", p90 " + Format.duration(latency.p90())
                + ", p99 " + Format.duration(latency.p99()) + ", p99.9 " + Format.duration(latency.p999())
                + ", max " + Format.duration(latency.max());
    }
}
