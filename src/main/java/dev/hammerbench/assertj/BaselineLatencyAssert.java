package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.BaselineFigures;
import org.apiguardian.api.API;

/** Latency percentiles now against the baseline's: {@code .latency().p99().growsAtMostPercent(20)}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineLatencyAssert {

    private final BaselineAssert parent;

    BaselineLatencyAssert(BaselineAssert parent) {
        this.parent = parent;
    }

    public BaselineFigureAssert p50() {
        return parent.speed("p50 latency", BaselineFigures::p50, false);
    }

    public BaselineFigureAssert p90() {
        return parent.speed("p90 latency", BaselineFigures::p90, false);
    }

    public BaselineFigureAssert p99() {
        return parent.speed("p99 latency", BaselineFigures::p99, false);
    }
}
