package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One figure over repeated rounds: every round's value, their median, and a distribution-free
 * confidence interval for the median.
 *
 * <p>The interval is the exact order-statistic interval [x(k), x(n+1-k)]: whatever the
 * distribution, each round's value lies below the true median with probability 1/2, so the number
 * below it is Binomial(n, 1/2) and the interval covers the median with probability
 * 1 - 2 P(Bin(n, 1/2) &lt;= k-1). The largest k reaching 95 % is taken. Chosen over a bootstrap
 * because it is exact at the handful of rounds a test can afford (a bootstrap's percentiles are
 * only asymptotically right, and with 5 values it can only ever return values it was given) and
 * needs no random seed. Below 6 rounds no pair of order statistics reaches 95 %: the interval is
 * then min..max and {@link #coverage()} says how much it covers (5 rounds: 93.8 %, 3 rounds: 75 %).
 *
 * @param values every round's value, in round order
 * @param median the median of the values (the mean of the middle two for an even count)
 * @param low the interval's lower end
 * @param high the interval's upper end
 * @param coverage the interval's exact confidence level, 0..1 (0 for a single round)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Estimate(List<Double> values, double median, double low, double high, double coverage) {

    /** The confidence level aimed at. */
    public static final double LEVEL = 0.95;

    public Estimate {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an estimate needs at least one value");
        }
    }

    /** @throws IllegalArgumentException without values, or for a value that is not finite */
    public static Estimate of(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("an estimate needs at least one value");
        }
        if (Arrays.stream(sorted).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("values must be finite, got " + values);
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        int k = 1;
        while (k + 1 <= (n + 1) / 2 && coverage(n, k + 1) >= LEVEL) {
            k++;
        }
        return new Estimate(values, median, sorted[k - 1], sorted[n - k], n == 1 ? 0 : coverage(n, k));
    }

    public static Estimate of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }

    /** 1 - 2 P(Bin(n, 1/2) &lt;= k-1): how often [x(k), x(n+1-k)] covers the median. */
    static double coverage(int n, int k) {
        double tail = 0;
        double choose = 1; // C(n, 0)
        for (int i = 0; i < k; i++) {
            tail += choose;
            choose = choose * (n - i) / (i + 1);
        }
        return 1 - 2 * tail / Math.pow(2, n);
    }

    public int count() {
        return values.size();
    }

    /** The larger distance from the median to an end of the interval: the "±" a table prints. */
    public double margin() {
        return Math.max(median - low, high - median);
    }

    /** Sample standard deviation over the mean; 0 for one value or a zero mean. */
    public double coefficientOfVariation() {
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (n < 2 || mean == 0) {
            return 0;
        }
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (n - 1)) / Math.abs(mean);
    }
}
