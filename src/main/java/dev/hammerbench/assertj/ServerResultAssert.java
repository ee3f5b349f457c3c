package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.ServerResult;
import org.apiguardian.api.API;

/** Assertions on one server's result; get one from {@link HammerAssertions#assertThat(ServerResult)}. */
@API(status = EXPERIMENTAL, since = "0.1")
public class ServerResultAssert extends AbstractServerResultAssert<ServerResultAssert> {

    public ServerResultAssert(ServerResult actual) {
        super(actual, ServerResultAssert.class);
    }
}
