package dev.hammerbench.junit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.IntPredicate;

/**
 * For the few tests whose port must be written into an annotation (a fixed {@code port = N}, an
 * explicit URL nobody launched), so it has to be a compile-time constant: each such test declares
 * the same test cases for several candidate ports, below Linux's ephemeral range (32768 up) so no
 * client's outgoing connection lands on them, and uses the first candidate free right now. Another
 * build running the same test at once, or any other listener, takes a candidate; the test moves on
 * to the next instead of failing.
 */
final class FixedPorts {

    /** Far apart, so one program's fixed range rarely covers two of them. */
    static final int FIRST = 23461;
    static final int SECOND = 26461;
    static final int THIRD = 29461;

    private FixedPorts() {
    }

    /**
     * Tries {@code attempt} on every candidate port that is free when its turn comes, until one
     * returns true (it lost no race for the port).
     *
     * @throws IllegalStateException naming the candidates, when none could be used
     */
    static int use(IntPredicate attempt, int... candidates) {
        for (int port : candidates) {
            if (free(port) && attempt.test(port)) {
                return port;
            }
        }
        throw new IllegalStateException("ports " + java.util.Arrays.toString(candidates)
                + " on the loopback address are all in use by other programs; free one of them");
    }

    static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
