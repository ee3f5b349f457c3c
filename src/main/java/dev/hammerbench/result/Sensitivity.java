package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * What a comparison of two servers' rounds can see: the smallest gap that {@link Shift}'s test finds
 * nine runs in ten, and how often a run as noisy as this one would find the gap it saw again.
 *
 * <p>"Same (within noise)" says the rounds showed no difference, not that there is none; and a
 * "slower" whose p is not far below 5 % reads "same" in many a rerun (a replication of a result at
 * p = 0.05 succeeds only about half the time, when the true gap is the one observed). Both are
 * properties of the rounds' spread and number, so they are computed here, not guessed: each side's
 * rounds are modelled as log-normal with the spread they showed (the standard deviation of the
 * logarithm of each side's values), and {@value #TRIALS} simulated runs per candidate gap, with a
 * fixed seed and the same draws for every gap (so the result is reproducible and grows with the gap),
 * go through the same exact Mann-Whitney test the verdicts use.
 *
 * @param detectableRatio the smallest ratio (faster over slower) found significant in at least 90 % of
 *     runs as noisy as these; empty when no ratio up to 20x is (fewer than 4 rounds a side)
 * @param repeatChance how often the observed ratio would be found significant again, 0..1; empty when
 *     the observed ratio is not above 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Sensitivity(OptionalDouble detectableRatio, OptionalDouble repeatChance) {

    /** The share of runs in which a gap counts as reliably found. */
    public static final double RELIABLY = 0.9;

    static final int TRIALS = 2000;
    private static final double LARGEST = 20;
    private static final long SEED = 20261205L;

    /**
     * @param faster the faster side's per-round figures (e.g. req/s), all positive
     * @param slower the other side's
     * @throws IllegalArgumentException for fewer than two values a side, or one that is not positive and finite
     */
    public static Sensitivity of(List<Double> faster, List<Double> slower) {
        double sdA = logSd(faster, "faster");
        double sdB = logSd(slower, "slower");
        Simulation sim = new Simulation(faster.size(), slower.size(), sdA, sdB);
        double observed = Shift.ofRatio(faster, slower).ratio();
        OptionalDouble repeat = observed > 1 ? OptionalDouble.of(sim.power(Math.log(observed))) : OptionalDouble.empty();
        if (sim.power(Math.log(LARGEST)) < RELIABLY) {
            return new Sensitivity(OptionalDouble.empty(), repeat);
        }
        double low = 0;
        double high = Math.log(LARGEST);
        for (int i = 0; i < 30; i++) { // power grows with the gap: bisect on its logarithm
            double mid = (low + high) / 2;
            if (sim.power(mid) >= RELIABLY) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return new Sensitivity(OptionalDouble.of(Math.exp(high)), repeat);
    }

    /** Whether a verdict on the observed gap would read the same in nine runs in ten. */
    public boolean robust() {
        return repeatChance.isPresent() && repeatChance.getAsDouble() >= RELIABLY;
    }

    private static double logSd(List<Double> values, String side) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("side " + side + " has " + values.size() + " value(s); accepted: 2 or more");
        }
        double mean = 0;
        for (double v : values) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("side " + side + " has " + v + "; accepted: positive, finite figures");
            }
            mean += Math.log(v) / values.size();
        }
        double squares = 0;
        for (double v : values) {
            squares += (Math.log(v) - mean) * (Math.log(v) - mean);
        }
        return Math.sqrt(squares / (values.size() - 1));
    }

    /** Standard normal draws for every simulated run, taken once and reused for every candidate gap. */
    private static final class Simulation {
        private final double[][] a;
        private final double[][] b;
        private final UDistribution nullU;
        private final int m;
        private final int n;

        Simulation(int m, int n, double sdA, double sdB) {
            this.m = m;
            this.n = n;
            Random random = new Random(SEED);
            a = new double[TRIALS][m];
            b = new double[TRIALS][n];
            for (int t = 0; t < TRIALS; t++) {
                for (int i = 0; i < m; i++) {
                    a[t][i] = sdA * random.nextGaussian();
                }
                for (int j = 0; j < n; j++) {
                    b[t][j] = sdB * random.nextGaussian();
                }
            }
            nullU = UDistribution.of(m, n);
        }

        /** The share of runs in which the faster side, its logarithm shifted by {@code logRatio}, is found significantly faster. */
        double power(double logRatio) {
            int found = 0;
            for (int t = 0; t < TRIALS; t++) {
                int below = 0; // pairs where the faster side did not win: the smaller U
                for (double x : a[t]) {
                    for (double y : b[t]) {
                        if (x + logRatio <= y) {
                            below++;
                        }
                    }
                }
                if (below < m * n / 2.0 && 2 * nullU.atMost(below) < 1 - Estimate.LEVEL) {
                    found++;
                }
            }
            return (double) found / TRIALS;
        }
    }
}
