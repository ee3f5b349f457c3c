package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.BaselineDelta;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.result.Shift;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * One speed figure now against the baseline. With enough rounds a side for Mann-Whitney U
 * ({@link Shift#minimumRounds()}) the check takes the end of the Hodges-Lehmann interval of
 * now / baseline least favourable to the server, as the other comparisons here do, so noise cannot
 * pass it; with fewer it takes the ratio of the medians.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineFigureAssert extends AbstractAssert<BaselineFigureAssert, ServerResult> {

    private final BaselineCheck check;
    private final String figure;
    private final List<Double> baseline;
    private final List<Double> now;
    private final boolean higherIsBetter;

    BaselineFigureAssert(ServerResult actual, BaselineCheck check, String figure, List<Double> baseline,
            List<Double> now, boolean higherIsBetter) {
        super(actual, BaselineFigureAssert.class);
        this.check = check;
        this.figure = figure;
        this.baseline = baseline;
        this.now = now;
        this.higherIsBetter = higherIsBetter;
    }

    /** Verifies that the figure is at most {@code percent} % below the baseline's (for throughput: a drop). */
    public BaselineFigureAssert dropsAtMostPercent(double percent) {
        Arguments.positive("percent", percent);
        return limit(1 - percent / 100, false, "at most " + Format.percent(percent) + " below the baseline");
    }

    /** Verifies that the figure is at most {@code percent} % above the baseline's (for latency: a growth). */
    public BaselineFigureAssert growsAtMostPercent(double percent) {
        Arguments.positive("percent", percent);
        return limit(1 + percent / 100, true, "at most " + Format.percent(percent) + " above the baseline");
    }

    private BaselineFigureAssert limit(double ratioLimit, boolean upper, String relation) {
        if (baseline.isEmpty() || now.isEmpty()) {
            return Warnings.report(this, check, Message.expecting(figure, Target.of(actual))
                    .toBe(relation, "a value on both sides")
                    .butWas((baseline.isEmpty() ? "none in the baseline" : "none now") + ": no call got a response")
                    .toString());
        }
        BaselineDelta delta = BaselineDelta.of(baseline, now);
        // the end of the interval on the side of the limit: the worst the data allow
        double worst = delta.worstRatio(!upper);
        boolean holds = upper ? worst <= ratioLimit : worst >= ratioLimit;
        if (holds) {
            return this;
        }
        Message message = Message.expecting(figure, Target.of(actual))
                .toBe(relation, value(delta.baseline() * ratioLimit) + " (" + Format.number(ratioLimit, 4)
                        + " x the baseline)" + (delta.shift().isPresent() ? ", at the far end of the interval" : ""))
                .butWas(value(delta.now()) + " (" + signed(delta.changePercent()) + ")")
                .fact("baseline", value(delta.baseline()) + " (median of " + baseline.size() + " rounds) in " + check.file())
                .fact("now", value(delta.now()) + " (median of " + now.size() + " rounds)")
                .fact("difference", signed(delta.changePercent()));
        delta.shift().ifPresent(s -> message.fact("interval of now / baseline",
                Format.number(s.low(), 4) + " .. " + Format.number(s.high(), 4) + " (" + Format.number(s.coverage() * 100, 1)
                        + " %, " + Shift.TEST + ", p = " + Format.number(s.pValue(), 4) + ")"));
        if (delta.shift().isEmpty()) {
            message.line("no interval: fewer than " + Shift.minimumRounds() + " rounds on a side");
        }
        return Warnings.report(this, check, message.toString());
    }

    private String value(double v) {
        return higherIsBetter ? Format.perSecond(v) : Format.duration(Duration.ofNanos(Math.round(v * 1e9)));
    }

    static String signed(double percent) {
        return (percent >= 0 ? "+" : "") + Format.percent(percent);
    }
}
