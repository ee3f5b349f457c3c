package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.HammerResult;
import org.apiguardian.api.API;

/**
 * Assertions on a bare load result, named by its target URI; get one from
 * {@link HammerAssertions#assertThat(HammerResult)}. It has no memory figures: those belong to a
 * {@link dev.hammerbench.result.ServerResult}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class HammerResultAssert extends AbstractLoadAssert<HammerResultAssert, HammerResult> {

    public HammerResultAssert(HammerResult actual) {
        super(actual, HammerResultAssert.class);
    }

    @Override
    public LatencyAssert latency() {
        boolean reachable = reachable(this::isNotNull);
        return child(LatencyAssert.class, HammerResult.class, actual, LatencyAssert::new, reachable)
                .on(reachable ? Target.of(actual) : null);
    }
}
