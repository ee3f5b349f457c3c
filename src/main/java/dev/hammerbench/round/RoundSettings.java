package dev.hammerbench.round;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.load.HammerPlan;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a round runs, apart from its servers: the load each server gets, how many interleaved
 * rounds, whether the servers are hammered at once, and how long to settle before each memory
 * snapshot. {@code @Hammer} declares the same four.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RoundSettings(HammerPlan plan, int rounds, boolean parallel, Duration settle) {

    public RoundSettings {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(settle, "settle");
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        if (settle.isNegative()) {
            throw new IllegalArgumentException("settle must not be negative, was " + settle);
        }
    }

    /** One round, one server after the other, no settling. */
    public static RoundSettings of(HammerPlan plan) {
        return new RoundSettings(plan, 1, false, Duration.ZERO);
    }
}
