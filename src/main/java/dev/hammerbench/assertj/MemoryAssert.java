package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.ServerResult;
import org.apiguardian.api.API;

/** Memory checks on one server; reached through {@link ServerResultAssert#memory()}. */
@API(status = EXPERIMENTAL, since = "0.1")
public class MemoryAssert extends AbstractMemoryAssert<MemoryAssert, ServerResult> {

    public MemoryAssert(ServerResult actual) {
        super(actual, MemoryAssert.class);
    }
}
