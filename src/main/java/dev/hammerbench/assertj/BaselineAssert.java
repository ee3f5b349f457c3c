package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.BaselineCheck;
import dev.hammerbench.result.BaselineFigures;
import dev.hammerbench.result.Baselines;
import dev.hammerbench.result.ServerResult;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.opentest4j.TestAbortedException;

/**
 * One server against the baseline kept for its round:
 * {@code assertThat(result).comparedToBaseline().throughput().dropsAtMostPercent(10)}.
 *
 * <p>Without a baseline, or with one from another plan or machine, there is nothing to judge: the
 * check is aborted (the test shows as skipped, as with a failed assumption) with the reason and how
 * to write a fresh baseline, rather than passing or failing on a comparison that means nothing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineAssert extends AbstractAssert<BaselineAssert, ServerResult> {

    BaselineAssert(ServerResult actual) {
        super(actual, BaselineAssert.class);
    }

    /** Throughput now against the baseline's, over their rounds. */
    public BaselineFigureAssert throughput() {
        return speed("throughput", BaselineFigures::throughput, true);
    }

    /** Latency percentiles now against the baseline's. */
    public BaselineLatencyAssert latency() {
        return new BaselineLatencyAssert(this);
    }

    /** Resident memory now against the baseline's. */
    public BaselineMemoryAssert memory() {
        return new BaselineMemoryAssert(this);
    }

    BaselineFigureAssert speed(String figure, java.util.function.Function<BaselineFigures, java.util.List<Double>> pick,
            boolean higherIsBetter) {
        BaselineCheck check = check();
        BaselineFigures then = check.server(actual.name()).orElseThrow();
        return new BaselineFigureAssert(actual, check, figure, pick.apply(then), pick.apply(BaselineFigures.of(actual)),
                higherIsBetter);
    }

    /** The check, or an aborted test saying why there is none to make. */
    BaselineCheck check() {
        isNotNull();
        BaselineCheck check = Baselines.of(actual).orElseThrow(() -> new TestAbortedException(
                Baselines.missingFor(actual).orElse("server \"" + actual.name() + "\" has no baseline: "
                        + "compare a result injected by the Hammerbench extension, whose round had a baseline file")));
        if (!check.comparable()) {
            throw new TestAbortedException("the baseline " + check.file() + " is not comparable with this run, so "
                    + "it cannot tell a regression from a different machine or plan:\n  "
                    + String.join("\n  ", check.differences())
                    + "\nwrite one on this machine with -Dhammerbench.baseline=update");
        }
        if (check.server(actual.name()).isEmpty()) {
            throw new TestAbortedException("the baseline " + check.file() + " has no server \"" + actual.name()
                    + "\"; refresh it with -Dhammerbench.baseline=update");
        }
        return check;
    }
}
