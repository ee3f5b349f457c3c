package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Whether one server's per-round figures drifted in one direction over its rounds, as a server
 * still warming up does (each round faster than the last), rather than scattering around a level.
 *
 * <p>The test is Spearman's rank correlation between the round number and the figure, two-sided:
 * exact (every ordering of the rounds counted) up to {@value #EXACT_UP_TO} rounds, beyond that the
 * normal approximation {@code rho * sqrt(n - 1)}. Ranks only, so one disturbed round weighs no more
 * than any other. The size of the drift is Theil-Sen's: the median slope over every pair of rounds,
 * times the rounds' span, over the median figure. A trend is worth a note when it is significant and
 * moves the figure by 10 % or more from the first round to the last ({@link #notable()}): a 1 % rise
 * over perfectly ordered rounds is real but harmless.
 *
 * @param rho Spearman's rank correlation, -1..1 (positive: later rounds higher)
 * @param pValue its two-sided p-value (1 for fewer than 3 rounds, where no order can be tested)
 * @param change the Theil-Sen slope times (rounds - 1), over the median: +0.5 means the trend took
 *     the figure half its median higher from the first round to the last
 * @param rounds how many rounds
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Trend(double rho, double pValue, double change, int rounds) {

    public static final String TEST = "Spearman rho of req/s against the round number, two-sided; size: Theil-Sen";

    /** Significance level of {@link #notable()}. */
    public static final double ALPHA = 0.05;
    /** The smallest drift, first round to last over the median, that {@link #notable()} reports. */
    public static final double NOTABLE_CHANGE = 0.10;

    private static final int EXACT_UP_TO = 9;

    /**
     * @param values per-round figures in round order, all finite
     * @throws IllegalArgumentException for a value that is not finite
     */
    public static Trend of(List<Double> values) {
        for (Double value : values) {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a trend needs finite figures, but one was " + value);
            }
        }
        int n = values.size();
        if (n < 3) {
            return new Trend(0, 1, 0, n);
        }
        double[] ranks = averageRanks(values);
        double rho = spearman(ranks);
        double p = n <= EXACT_UP_TO ? exactPValue(ranks, rho)
                : Math.min(1, 2 * (1 - UDistribution.normal(Math.abs(rho) * Math.sqrt(n - 1.0))));
        double median = median(new ArrayList<>(values));
        double change = median == 0 ? 0 : theilSenSlope(values) * (n - 1) / median;
        return new Trend(rho, p, change, n);
    }

    /**
     * Significant at {@link #ALPHA}, moving the figure by at least {@link #NOTABLE_CHANGE}, and the
     * ranks and the slope agreeing on the direction.
     */
    public boolean notable() {
        return pValue < ALPHA && Math.abs(change) >= NOTABLE_CHANGE && Math.signum(change) == Math.signum(rho);
    }

    /** Whether later rounds were higher. */
    public boolean rising() {
        return rho > 0;
    }

    /** Ranks 1..n of the values, ties sharing the mean of their ranks. */
    private static double[] averageRanks(List<Double> values) {
        int n = values.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values.get(a), values.get(b)));
        double[] ranks = new double[n];
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && values.get(order[end + 1]).equals(values.get(order[start]))) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** Pearson's correlation of the rounds' numbers 1..n with the figures' ranks (Spearman's rho, ties included). */
    private static double spearman(double[] ranks) {
        int n = ranks.length;
        double mean = (n + 1) / 2.0;
        double sxy = 0;
        double syy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double x = i + 1 - mean;
            double y = ranks[i] - mean;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        return syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /**
     * The share of all n! orderings of the ranks whose |rho| reaches the observed one. Under a
     * permutation only sum(i * r_i) changes (the ranks' spread does not), so |rho| reaches the
     * observed one exactly when |sum(i * r_i) - n * mean^2| does: no square root per ordering.
     */
    private static double exactPValue(double[] ranks, double rho) {
        int n = ranks.length;
        double mean = (n + 1) / 2.0;
        double centre = n * mean * mean;
        double observed = Math.abs(weightedSum(ranks) - centre);
        long[] counts = new long[2]; // [at least as extreme, all]
        permute(ranks.clone(), 0, 0, centre, observed - 1e-9, counts);
        return counts[0] / (double) counts[1];
    }

    private static double weightedSum(double[] ranks) {
        double sum = 0;
        for (int i = 0; i < ranks.length; i++) {
            sum += (i + 1) * ranks[i];
        }
        return sum;
    }

    /** @param partial sum(i * r_i) over the positions before {@code k} */
    private static void permute(double[] perm, int k, double partial, double centre, double threshold, long[] counts) {
        if (k == perm.length) {
            counts[1]++;
            if (Math.abs(partial - centre) >= threshold) {
                counts[0]++;
            }
            return;
        }
        for (int i = k; i < perm.length; i++) {
            swap(perm, k, i);
            permute(perm, k + 1, partial + (k + 1) * perm[k], centre, threshold, counts);
            swap(perm, k, i);
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The median of (v_j - v_i) / (j - i) over every pair of rounds i &lt; j. */
    private static double theilSenSlope(List<Double> values) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                slopes.add((values.get(j) - values.get(i)) / (j - i));
            }
        }
        return median(slopes);
    }

    private static double median(List<Double> values) {
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
