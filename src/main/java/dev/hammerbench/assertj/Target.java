package dev.hammerbench.assertj;

import java.util.List;

import dev.hammerbench.result.Comparison;

import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.ServerResult;

/**
 * One thing a check looks at: a server of a round, or a bare {@link HammerResult} nobody named.
 *
 * @param label how messages name it: {@code server "jetty"} or {@code target "http://..."}
 * @param name the short name listed when several targets fail
 * @param hammer how it took the load
 * @param server the whole server result, or null for a bare hammer result (which has no memory)
 */
record Target(String label, String name, HammerResult hammer, ServerResult server) {

    /** Every server of a round, in declaration order. */
    static List<Target> everyServer(Comparison round) {
        return round.servers().stream().map(Target::of).toList();
    }

    /** What an assert on {@code actual} checks: every server of a round, or the one result. */
    static List<Target> all(Object actual) {
        if (actual instanceof Comparison round) {
            return everyServer(round);
        }
        if (actual instanceof ServerResult server) {
            return List.of(of(server));
        }
        if (actual instanceof HammerResult hammer) {
            return List.of(of(hammer));
        }
        throw new IllegalStateException("no Hammerbench assert checks a " + actual.getClass().getName());
    }

    static Target of(ServerResult server) {
        return new Target("server " + Format.quoted(server.name()), server.name(), server.hammer(), server);
    }

    static Target of(HammerResult hammer) {
        return new Target("target " + Format.quoted(hammer.target()), hammer.target(), hammer, null);
    }
}
