package dev.hammerbench.assertj;

import java.util.List;

import dev.hammerbench.result.Comparison;

/** Latency checks applied to every server of a round; a failure lists every server that broke the check. */
public class EveryServerLatencyAssert extends AbstractLatencyAssert<EveryServerLatencyAssert, Comparison> {

    public EveryServerLatencyAssert(Comparison actual) {
        super(actual, EveryServerLatencyAssert.class);
    }

    @Override
    List<Target> targets() {
        return Target.everyServer(actual);
    }

    @Override
    String round() {
        return actual.title();
    }
}
