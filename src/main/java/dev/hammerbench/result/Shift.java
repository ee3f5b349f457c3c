package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How many times one set of per-round figures exceeds another, and whether that is more than noise.
 *
 * <p>The test is Mann-Whitney U, exact and two-sided, at 95 %: it asks only whether one server's
 * rounds tend to rank above the other's, so one disturbed round (a GC pause, a noisy neighbour)
 * cannot carry the verdict as it can a t-test's mean, and it assumes no distribution. Its exact
 * null distribution has a floor: the smallest two-sided p with m and n rounds is 2 / C(m+n, m),
 * 0.10 for 3 vs 3, 0.029 for 4 vs 4, 0.0079 for 5 vs 5; so fewer than 4 rounds a side can never
 * be significant ({@link #minimumPValue}).
 *
 * <p>The ratio and its interval are the Hodges-Lehmann estimate that goes with the test: the
 * median of every pairwise ratio a_i / b_j, and the order statistics of those ratios whose rank is
 * the test's critical value (Bauer 1972). The interval excludes 1.0 exactly when the test rejects
 * (ties aside), so the "±" and the verdict never disagree.
 *
 * @param ratio how many times {@code a} exceeds {@code b} (Hodges-Lehmann: the median pairwise ratio)
 * @param low the interval's lower end
 * @param high the interval's upper end
 * @param coverage the interval's exact confidence level (below 95 % when too few rounds allow no better)
 * @param pValue the two-sided p-value of Mann-Whitney U
 * @param roundsA rounds behind {@code a}
 * @param roundsB rounds behind {@code b}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Shift(double ratio, double low, double high, double coverage, double pValue, int roundsA, int roundsB) {

    public static final String TEST = "Mann-Whitney U, exact, two-sided, 95 %";


    /**
     * @param a per-round figures, all positive (e.g. one server's req/s in each round)
     * @param b the other's
     * @throws IllegalArgumentException for an empty side or a value that is not positive and finite
     */
    public static Shift ofRatio(List<Double> a, List<Double> b) {
        check(a, "a");
        check(b, "b");
        int m = a.size();
        int n = b.size();
        List<Double> ratios = new ArrayList<>(m * n);
        double u = 0;
        for (double x : a) {
            for (double y : b) {
                ratios.add(x / y);
                u += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }
        Collections.sort(ratios);
        int size = ratios.size();
        double ratio = size % 2 == 1 ? ratios.get(size / 2) : (ratios.get(size / 2 - 1) + ratios.get(size / 2)) / 2;
        UDistribution null0 = UDistribution.of(m, n);
        double alpha = 1 - Estimate.LEVEL;
        int k = 1;
        while (k < (size + 1) / 2 && null0.atMost(k) <= alpha / 2) {
            k++; // P(U <= k-1) <= alpha/2 still holds for the next k
        }
        double coverage = 1 - 2 * null0.atMost(k - 1);
        // A tie adds a half to U. The tables count orderings without ties, so a half-integer U is
        // taken at the next whole count toward the middle (the tie given to the other side): the
        // p is then conservative, and a tied pair's ratio of exactly 1.0 at the interval's end is
        // never called significant (4 vs 4 with one tie at the edge: 4/70, not 2/70).
        double p = Math.min(1, 2 * Math.min(null0.atMost(Math.ceil(u)), null0.atMost(Math.ceil(m * n - u))));
        return new Shift(ratio, ratios.get(k - 1), ratios.get(size - k), coverage, p, m, n);
    }

    /** Whether the difference is more than noise: p below 5 %. */
    public boolean significant() {
        return pValue < 1 - Estimate.LEVEL;
    }

    /** The larger distance from the ratio to an end of its interval: the "±" a table prints. */
    public double margin() {
        return Math.max(ratio - low, high - ratio);
    }

    /** 2 / C(m+n, m): no result of Mann-Whitney U over m and n rounds has a smaller two-sided p. */
    public static double minimumPValue(int m, int n) {
        double choose = 1;
        for (int i = 1; i <= m; i++) {
            choose = choose * (n + i) / i;
        }
        return Math.min(1, 2 / choose);
    }

    /** The fewest rounds a side at which Mann-Whitney U can reach p &lt; 5 %. */
    public static int minimumRounds() {
        int r = 1;
        while (minimumPValue(r, r) >= 1 - Estimate.LEVEL) {
            r++;
        }
        return r;
    }

    private static void check(List<Double> values, String side) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("side " + side + " has no values");
        }
        for (double v : values) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("side " + side + " has " + v + "; accepted: positive, finite figures");
            }
        }
    }
}
