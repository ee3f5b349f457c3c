package dev.hammerbench.result;

/** The null distribution of Mann-Whitney's U for m and n values without ties: P(U &lt;= u). */
final class UDistribution {

    private final int m;
    private final int n;
    /** Cumulative probabilities P(U <= u) for u = 0..m*n, or null under the normal approximation. */
    private final double[] cumulative;

    private UDistribution(int m, int n, double[] cumulative) {
        this.m = m;
        this.n = n;
        this.cumulative = cumulative;
    }

    /**
     * The table holds about (m n)^2 / 4 counts: exact up to this many (25 vs 25 rounds is 0.1
     * million, 3 vs 300 a quarter of a million), so an unbalanced pair (a few rounds now against a
     * long baseline) is counted exactly too, where the normal approximation is poorest.
     */
    static final long EXACT_COUNTS = 2_000_000;

    /** Counted exactly while the table stays within {@link #EXACT_COUNTS}; beyond, the normal approximation. */
    static UDistribution of(int m, int n) {
        return (long) m * n * (m + 1) * (n + 1) / 4 <= EXACT_COUNTS ? exact(m, n) : new UDistribution(m, n, null);
    }

    /** The normal approximation with continuity correction, whatever the sizes (for tests). */
    static UDistribution normalApproximation(int m, int n) {
        return new UDistribution(m, n, null);
    }

    private static UDistribution exact(int m, int n) {
        // counts[i][j][u]: orderings of i a's and j b's with U = u; the last value is either an a
        // (beating all j b's) or a b (beating none): counts[i][j][u] = counts[i-1][j][u-j] + counts[i][j-1][u]
        double[][][] counts = new double[m + 1][n + 1][];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                double[] c = new double[i * j + 1];
                if (i == 0 || j == 0) {
                    c[0] = 1;
                } else {
                    for (int u = 0; u <= i * j; u++) {
                        double withA = u - j >= 0 && u - j <= (i - 1) * j ? counts[i - 1][j][u - j] : 0;
                        double withB = u <= i * (j - 1) ? counts[i][j - 1][u] : 0;
                        c[u] = withA + withB;
                    }
                }
                counts[i][j] = c;
            }
        }
        double[] c = counts[m][n];
        double total = 0;
        for (double v : c) {
            total += v;
        }
        double[] cumulative = new double[c.length];
        double running = 0;
        for (int u = 0; u < c.length; u++) {
            running += c[u];
            cumulative[u] = running / total;
        }
        return new UDistribution(m, n, cumulative);
    }

    /** P(U &lt;= u); 0 below 0. */
    double atMost(double u) {
        if (u < 0) {
            return 0;
        }
        if (cumulative != null) {
            return cumulative[(int) Math.min(cumulative.length - 1, Math.floor(u))];
        }
        double mean = m * (double) n / 2;
        double sd = Math.sqrt(m * (double) n * (m + n + 1) / 12);
        return normal((Math.floor(u) + 0.5 - mean) / sd); // with continuity correction
    }

    /** The standard normal CDF (Abramowitz-Stegun 26.2.17, error below 7.5e-8). */
    static double normal(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double upper = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1 - upper : upper;
    }
}
