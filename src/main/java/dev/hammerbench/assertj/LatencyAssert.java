package dev.hammerbench.assertj;

import java.util.List;

import dev.hammerbench.result.HammerResult;

/** Latency checks on one target; reached through {@code latency()} on a server or hammer result assert. */
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
