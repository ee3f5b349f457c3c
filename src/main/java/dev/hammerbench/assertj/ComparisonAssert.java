package dev.hammerbench.assertj;

import dev.hammerbench.result.Comparison;

/** Assertions on a round; get one from {@link HammerAssertions#assertThat(Comparison)}. */
public class ComparisonAssert extends AbstractComparisonAssert<ComparisonAssert> {

    public ComparisonAssert(Comparison actual) {
        super(actual, ComparisonAssert.class);
    }
}
