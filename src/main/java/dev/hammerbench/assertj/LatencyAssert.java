package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.HammerResult;
import java.util.List;
import org.apiguardian.api.API;

/** Latency checks on one target; reached through {@code latency()} on a server or hammer result assert. */
@API(status = EXPERIMENTAL, since = "0.1")
public class LatencyAssert extends AbstractLatencyAssert<LatencyAssert, HammerResult> {

    /** How messages name the target; the server's name when reached from a server result. */
    private Target target;

    public LatencyAssert(HammerResult actual) {
        super(actual, LatencyAssert.class);
    }

    final LatencyAssert on(Target named) {
        this.target = named;
        return this;
    }

    @Override
    List<Target> targets() {
        return List.of(target != null ? target : Target.of(actual));
    }
}
