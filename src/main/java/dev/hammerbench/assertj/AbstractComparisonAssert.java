package dev.hammerbench.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Assertions on a whole round: which servers it had, and the way to one of them or to all of them. */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractComparisonAssert<SELF extends AbstractComparisonAssert<SELF>>
        extends AbstractHammerAssert<SELF, Comparison> {

    protected AbstractComparisonAssert(Comparison actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The checks of a server result, each applied to every server; a failure lists all failing servers. */
    public EveryServerAssert everyServer() {
        boolean reachable = reachable(this::isNotNull);
        return child(EveryServerAssert.class, Comparison.class, actual, EveryServerAssert::new, reachable);
    }

    /**
     * The server called {@code name}. An unknown name fails, listing the round's servers; used
     * softly, the failure is collected and the checks chained after it are skipped.
     */
    public ServerResultAssert server(String name) {
        Objects.requireNonNull(name, "server name");
        boolean reachable = reachable(() -> {
            isNotNull();
            if (!actual.names().contains(name)) {
                fail(unknownServer(actual, name));
            }
        });
        ServerResult server = reachable ? actual.server(name) : null;
        return child(ServerResultAssert.class, ServerResult.class, server, ServerResultAssert::new, reachable)
                .inRound(actual);
    }

    /**
     * Verifies that the round's servers are exactly the ones named, in any order.
     *
     * @throws IllegalArgumentException when no name, or a name twice, is given
     */
    public SELF hasServers(String... names) {
        Objects.requireNonNull(names, "server names");
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(names));
        if (names.length == 0 || expected.size() != names.length || expected.contains(null)) {
            throw new IllegalArgumentException("hasServers needs one or more distinct, non-null server names, but got "
                    + Arrays.toString(names));
        }
        return verifyActual(() -> {
            if (expected.equals(new LinkedHashSet<>(actual.names()))) {
                return null;
            }
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual.names());
            List<String> unexpected = new ArrayList<>(actual.names());
            unexpected.removeAll(expected);
            Message message = Message.expecting("servers of round " + Format.quoted(actual.title()))
                    .toBe("exactly, in any order", quoted(expected))
                    .butWas(quoted(actual.names()));
            if (!missing.isEmpty()) {
                message.fact("missing", quoted(missing));
            }
            if (!unexpected.isEmpty()) {
                message.fact("unexpected", quoted(unexpected));
            }
            return message.toString();
        });
    }

    /** Every server check runs per server; here there is one check for the whole round. */
    @Override
    String round() {
        return null;
    }

    static String unknownServer(Comparison round, String name) {
        return Message.expecting("round " + Format.quoted(round.title()))
                .fact("to have a server named", Format.quoted(name))
                .fact("but its servers are", quoted(round.names()))
                .toString();
    }

    private static String quoted(java.util.Collection<String> names) {
        return names.isEmpty() ? "none" : names.stream().map(Format::quoted).collect(Collectors.joining(", "));
    }
}
