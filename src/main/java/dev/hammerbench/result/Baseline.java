package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An accepted round kept with the tests, read back from its baseline file (format in
 * docs/baseline-json-schema.md).
 *
 * @param title what ran the round, e.g. "OrderServiceTest.staysFast"
 * @param recordedAt when the round ran
 * @param plan the plan, as the fields results.json gives it, each value spelled as in the file
 * @param parallel whether the servers were hammered at once
 * @param fingerprint the machine it ran on
 * @param servers every server's figures, in declaration order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Baseline(String title, Instant recordedAt, Map<String, String> plan, boolean parallel,
        Fingerprint fingerprint, List<BaselineFigures> servers) {

    public Baseline {
        plan = Map.copyOf(plan);
        servers = List.copyOf(servers);
    }

    public Optional<BaselineFigures> server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
