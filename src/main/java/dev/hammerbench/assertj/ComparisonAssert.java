package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import org.apiguardian.api.API;

/** Assertions on a round; get one from {@link HammerAssertions#assertThat(Comparison)}. */
@API(status = EXPERIMENTAL, since = "0.1")
public class ComparisonAssert extends AbstractComparisonAssert<ComparisonAssert> {

    public ComparisonAssert(Comparison actual) {
        super(actual, ComparisonAssert.class);
    }
}
