package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import org.apiguardian.api.API;

/** Memory checks applied to every server of a round; a failure lists every server that broke the check. */
@API(status = EXPERIMENTAL, since = "0.1")
public class EveryServerMemoryAssert extends AbstractMemoryAssert<EveryServerMemoryAssert, Comparison> {

    public EveryServerMemoryAssert(Comparison actual) {
        super(actual, EveryServerMemoryAssert.class);
    }
}
