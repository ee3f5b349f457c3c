package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import org.apiguardian.api.API;

/**
 * Applies each check to every server of a round; one failure lists every server that broke the
 * check. Get one from {@link ComparisonAssert#everyServer()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class EveryServerAssert extends AbstractLoadAssert<EveryServerAssert, Comparison> {

    public EveryServerAssert(Comparison actual) {
        super(actual, EveryServerAssert.class);
    }

    @Override
    public EveryServerLatencyAssert latency() {
        boolean reachable = reachable(this::isNotNull);
        return child(EveryServerLatencyAssert.class, Comparison.class, actual, EveryServerLatencyAssert::new, reachable);
    }

    /** The memory checks on every server; a server no {@code @LaunchServer} started fails them. */
    public EveryServerMemoryAssert memory() {
        boolean reachable = reachable(this::isNotNull);
        return child(EveryServerMemoryAssert.class, Comparison.class, actual, EveryServerMemoryAssert::new, reachable);
    }
}
