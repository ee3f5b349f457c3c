package dev.hammerbench.assertj;

import java.util.List;

import dev.hammerbench.result.Comparison;

/** Memory checks applied to every server of a round; a failure lists every server that broke the check. */
public class EveryServerMemoryAssert extends AbstractMemoryAssert<EveryServerMemoryAssert, Comparison> {

    public EveryServerMemoryAssert(Comparison actual) {
        super(actual, EveryServerMemoryAssert.class);
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
