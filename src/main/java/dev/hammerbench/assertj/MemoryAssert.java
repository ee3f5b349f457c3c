package dev.hammerbench.assertj;

import java.util.List;

import dev.hammerbench.result.ServerResult;

/** Memory checks on one server; reached through {@link ServerResultAssert#memory()}. */
public class MemoryAssert extends AbstractMemoryAssert<MemoryAssert, ServerResult> {

    public MemoryAssert(ServerResult actual) {
        super(actual, MemoryAssert.class);
    }

    @Override
    List<Target> targets() {
        return List.of(Target.of(actual));
    }
}
