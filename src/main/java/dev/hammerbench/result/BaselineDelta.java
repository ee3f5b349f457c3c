package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One figure now against its baseline: the change of the median, and when both sides have enough
 * rounds for Mann-Whitney U to ever reach 5 % ({@link Shift#minimumRounds()}), the Hodges-Lehmann
 * interval of the ratio now / baseline and whether the change is more than noise. With fewer
 * rounds only the plain difference is known.
 *
 * @param baseline the baseline's median
 * @param now this run's median
 * @param shift now / baseline over the rounds, when both sides have enough rounds to judge
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BaselineDelta(double baseline, double now, Optional<Shift> shift) {

    /** @throws IllegalArgumentException for a side without values */
    public static BaselineDelta of(List<Double> baseline, List<Double> now) {
        double base = Estimate.of(baseline).median();
        double current = Estimate.of(now).median();
        boolean judged = Math.min(baseline.size(), now.size()) >= Shift.minimumRounds()
                && baseline.stream().allMatch(v -> v > 0) && now.stream().allMatch(v -> v > 0);
        return new BaselineDelta(base, current, judged ? Optional.of(Shift.ofRatio(now, baseline)) : Optional.empty());
    }

    /** A single reading a side (memory): the plain difference. */
    public static BaselineDelta of(long baseline, long now) {
        return new BaselineDelta(baseline, now, Optional.empty());
    }

    /** now / baseline, from the interval's estimate when judged, else from the medians; NaN for a zero baseline. */
    public double ratio() {
        return shift.map(Shift::ratio).orElse(baseline == 0 ? Double.NaN : now / baseline);
    }

    /** The change in percent of the baseline: +12 means 12 % more than the baseline. */
    public double changePercent() {
        return (ratio() - 1) * 100;
    }

    /** Whether rounds allowed a judgement and it found more than noise. */
    public boolean significant() {
        return shift.map(Shift::significant).orElse(false);
    }

    /**
     * The interval's end of now / baseline least favourable to the server: the low end when higher
     * is better (throughput), the high end when lower is (latency); the ratio itself without rounds.
     */
    public double worstRatio(boolean higherIsBetter) {
        return shift.map(s -> higherIsBetter ? s.low() : s.high()).orElse(ratio());
    }
}
