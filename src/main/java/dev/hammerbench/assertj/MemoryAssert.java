package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.ServerResult;
import java.util.List;
import org.apiguardian.api.API;

/** Memory checks on one server; reached through {@link ServerResultAssert#memory()}. */
@API(status = EXPERIMENTAL, since = "0.1")
public class MemoryAssert extends AbstractMemoryAssert<MemoryAssert, ServerResult> {

    public MemoryAssert(ServerResult actual) {
        super(actual, MemoryAssert.class);
    }

    @Override
    List<Target> targets() {
        return List.of(Target.of(actual));
    }
}
