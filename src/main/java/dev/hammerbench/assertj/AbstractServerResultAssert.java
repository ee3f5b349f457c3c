package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ServerResult;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apiguardian.api.API;

/** Checks on one server of a round: its load figures, its memory, and how it compares with another server. */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractServerResultAssert<SELF extends AbstractServerResultAssert<SELF>>
        extends AbstractLoadAssert<SELF, ServerResult> {

    /** The round this server came from, when reached through {@link ComparisonAssert#server(String)}. */
    private Comparison round;

    protected AbstractServerResultAssert(ServerResult actual, Class<?> selfType) {
        super(actual, selfType);
    }

    @Override
    public LatencyAssert latency() {
        boolean reachable = reachable(this::isNotNull);
        return child(LatencyAssert.class, HammerResult.class,
                reachable ? actual.hammer() : null, LatencyAssert::new, reachable)
                .on(reachable ? Target.of(actual) : null);
    }

    /**
     * Checks against the baseline kept for this server's round (see {@code hammerbench.baseline}).
     * Without one, or with one from another plan or machine, the check aborts the test with the
     * reason and how to write a baseline, like a failed assumption.
     */
    public BaselineAssert comparedToBaseline() {
        isNotNull();
        return new BaselineAssert(actual);
    }

    /** The memory checks; they fail for a server no {@code @LaunchServer} started, which has no figures. */
    public MemoryAssert memory() {
        boolean reachable = reachable(this::isNotNull);
        return child(MemoryAssert.class, ServerResult.class, actual, MemoryAssert::new, reachable);
    }

    /**
     * Verifies that this server's throughput is at least {@code factor} times {@code other}'s. Over
     * rounds, the low end of the ratio's 95 % interval must reach the factor, so noise cannot pass it.
     */
    public SELF isFasterThan(ServerResult other, double factor) {
        Objects.requireNonNull(other, "other server result");
        Arguments.positive("speed factor", factor);
        return verify(target -> Comparisons.faster(target, Target.of(other), factor));
    }

    /**
     * Verifies that this server's throughput is at least {@code factor} times that of the server
     * called {@code otherName} in the same round.
     *
     * @throws IllegalStateException when this assert did not come from {@code assertThat(comparison).server(..)}
     */
    public SELF isFasterThan(String otherName, double factor) {
        Comparison comparison = sameRound(otherName, "isFasterThan");
        Arguments.positive("speed factor", factor);
        return againstNamed(comparison, otherName, (target, other) -> Comparisons.faster(target, other, factor));
    }

    /**
     * Verifies that this server is not significantly slower than {@code other}: Mann-Whitney U over
     * the rounds' req/s at 95 % finds no difference in the other's favour. What a regression guard
     * wants: "no worse than the baseline". Needs at least 4 rounds a server ({@code @Hammer(rounds = 5)});
     * with fewer it fails, because it could never catch a regression.
     */
    public SELF isNotSignificantlySlowerThan(ServerResult other) {
        Objects.requireNonNull(other, "other server result");
        return verify(target -> Comparisons.notSignificantlySlower(target, Target.of(other)));
    }

    /**
     * Verifies that this server is not significantly slower than the server called
     * {@code otherName} in the same round (see {@link #isNotSignificantlySlowerThan(ServerResult)}).
     *
     * @throws IllegalStateException when this assert did not come from {@code assertThat(comparison).server(..)}
     */
    public SELF isNotSignificantlySlowerThan(String otherName) {
        Comparison comparison = sameRound(otherName, "isNotSignificantlySlowerThan");
        return againstNamed(comparison, otherName, Comparisons::notSignificantlySlower);
    }

    /**
     * Verifies that this server is not significantly slower than {@code other}
     * ({@link #isNotSignificantlySlowerThan(ServerResult)}), and that the rounds could have told: they
     * find a slowdown of {@code catching} times (e.g. 1.2) nine runs in ten, given how many they are
     * and how much they varied. A regression guard that passes only because its rounds were too few or
     * too noisy to see the regression fails, saying from which slowdown on they would have caught one.
     *
     * @param catching the slowdown the guard must catch, a factor above 1
     */
    public SELF isNotSignificantlySlowerThan(ServerResult other, double catching) {
        Objects.requireNonNull(other, "other server result");
        Arguments.aboveOne("slowdown to catch", catching);
        return verify(target -> Comparisons.notSignificantlySlowerCatching(target, Target.of(other), catching));
    }

    /**
     * {@link #isNotSignificantlySlowerThan(ServerResult, double)} against the server called
     * {@code otherName} in the same round.
     *
     * @throws IllegalStateException when this assert did not come from {@code assertThat(comparison).server(..)}
     */
    public SELF isNotSignificantlySlowerThan(String otherName, double catching) {
        Comparison comparison = sameRound(otherName, "isNotSignificantlySlowerThan");
        Arguments.aboveOne("slowdown to catch", catching);
        return againstNamed(comparison, otherName,
                (target, other) -> Comparisons.notSignificantlySlowerCatching(target, other, catching));
    }

    /** Verifies that this server's RSS after the load, times {@code factor}, is at most {@code other}'s. */
    public SELF isSmallerThan(ServerResult other, double factor) {
        Objects.requireNonNull(other, "other server result");
        Arguments.positive("size factor", factor);
        return verify(target -> Comparisons.smaller(target, Target.of(other), factor));
    }

    /**
     * Verifies that this server's RSS after the load, times {@code factor}, is at most that of the
     * server called {@code otherName} in the same round.
     *
     * @throws IllegalStateException when this assert did not come from {@code assertThat(comparison).server(..)}
     */
    public SELF isSmallerThan(String otherName, double factor) {
        Comparison comparison = sameRound(otherName, "isSmallerThan");
        Arguments.positive("size factor", factor);
        return againstNamed(comparison, otherName, (target, other) -> Comparisons.smaller(target, other, factor));
    }

    final SELF inRound(Comparison comparison) {
        this.round = comparison;
        return myself;
    }

    /** Runs {@code check} of this server against the one called {@code otherName}, or fails naming the round's servers. */
    private SELF againstNamed(Comparison comparison, String otherName, BiFunction<Target, Target, String> check) {
        return verify(target -> comparison.names().contains(otherName)
                ? check.apply(target, Target.of(comparison.server(otherName)))
                : AbstractComparisonAssert.unknownServer(comparison, otherName));
    }

    private Comparison sameRound(String otherName, String method) {
        Objects.requireNonNull(otherName, "other server name");
        if (round == null) {
            throw new IllegalStateException(method + "(String" + (method.startsWith("isNot") ? "" : ", double") + ") compares servers of one round; reach this assert"
                    + " through HammerAssertions.assertThat(comparison).server(\"name\"), or pass the other ServerResult");
        }
        return round;
    }
}
