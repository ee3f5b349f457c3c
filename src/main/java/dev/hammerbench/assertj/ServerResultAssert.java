package dev.hammerbench.assertj;

import dev.hammerbench.result.ServerResult;

/** Assertions on one server's result; get one from {@link HammerAssertions#assertThat(ServerResult)}. */
public class ServerResultAssert extends AbstractServerResultAssert<ServerResultAssert> {

    public ServerResultAssert(ServerResult actual) {
        super(actual, ServerResultAssert.class);
    }
}
