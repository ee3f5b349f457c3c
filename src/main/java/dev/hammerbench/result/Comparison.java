package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One round: every server side by side, in declaration order, plus the harness.
 *
 * @param title what ran the round, e.g. "FrameworkShootoutTest.everyServerAnswers"
 * @param plan the plan every server got
 * @param parallel whether the servers were hammered all at once instead of one after another
 * @param settle the delay before each memory snapshot
 * @param startedAt when the round began
 * @param totalTime the whole round: both settle delays, the snapshots and the load
 * @param servers one result per server, in declaration order
 * @param harness the test JVM's own row
 * @param waited how long the round waited for other rounds on the machine to end before it began
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Comparison(String title, PlanSummary plan, boolean parallel, Duration settle, Instant startedAt,
        Duration totalTime, List<ServerResult> servers, HarnessResult harness, Duration waited) {

    public Comparison {
        servers = List.copyOf(servers);
        waited = waited == null ? Duration.ZERO : waited;
    }

    /** A round that did not wait for another. */
    public Comparison(String title, PlanSummary plan, boolean parallel, Duration settle, Instant startedAt,
            Duration totalTime, List<ServerResult> servers, HarnessResult harness) {
        this(title, plan, parallel, settle, startedAt, totalTime, servers, harness, Duration.ZERO);
    }

    /** The result of the server called {@code name}. */
    public ServerResult server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no server named '" + name + "' in this round; servers: "
                        + names()));
    }

    /** Rounds per server: 1 unless {@code @Hammer(rounds = N)} asked for more. */
    public int rounds() {
        return servers.stream().mapToInt(s -> s.perRound().size()).max().orElse(1);
    }

    public List<String> names() {
        return servers.stream().map(ServerResult::name).collect(Collectors.toList());
    }
}
