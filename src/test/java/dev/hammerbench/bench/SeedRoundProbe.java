package dev.hammerbench.bench;

import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.result.HammerResult;
import java.net.URI;
import java.util.Locale;

/**
 * The seed's round through the engine alone, for bench/seed-round.sh: for each NAME=URL argument,
 * the default plan ({@code @Hammer(calls = 2000, timeout = "1s")}, or {@code --ramp-up D} spread)
 * and one line: name, success, seconds, outcomes. Not a test.
 */
public final class SeedRoundProbe {

    private SeedRoundProbe() {
    }

    public static void main(String[] args) {
        var builder = HammerPlan.builder();
        for (String arg : args) {
            if (arg.startsWith("--ramp-up=")) {
                builder.rampUp(java.time.Duration.ofMillis(Long.parseLong(arg.substring("--ramp-up=".length()))));
            }
        }
        HammerPlan plan = builder.build();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(0, eq);
            HammerResult result = LoadEngine.run(plan, name, URI.create(arg.substring(eq + 1)), line -> { });
            System.out.printf(Locale.ROOT, "hammerbench name=%s calls=%d ok=%d seconds=%.3f outcomes=%s latency=%s%n", name,
                    result.sent(), result.succeeded(), result.wall().toNanos() / 1e9, result.outcomes().counts(), result.latency());
        }
    }
}
