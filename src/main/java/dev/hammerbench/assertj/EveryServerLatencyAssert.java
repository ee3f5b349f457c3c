package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import org.apiguardian.api.API;

/** Latency checks applied to every server of a round; a failure lists every server that broke the check. */
@API(status = EXPERIMENTAL, since = "0.1")
public class EveryServerLatencyAssert extends AbstractLatencyAssert<EveryServerLatencyAssert, Comparison> {

    public EveryServerLatencyAssert(Comparison actual) {
        super(actual, EveryServerLatencyAssert.class);
    }
}
