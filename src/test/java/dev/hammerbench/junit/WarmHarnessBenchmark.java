package dev.hammerbench.junit;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The first server's req/s in a fresh JVM against the same server later: one class, three rounds
 * of the same nginx, with the harness warm-up on or off ({@code args[0]}: the
 * {@value Hammer#HARNESS_WARMUP_KEY} value). Not a test; run by bench/warm-harness-bench.sh, one
 * fresh JVM per setting.
 */
public final class WarmHarnessBenchmark {

    static final AtomicReference<Comparison> GOT = new AtomicReference<>();

    private WarmHarnessBenchmark() {
    }

    public static void main(String[] args) {
        String warmup = args.length > 0 ? args[0] : "2s";
        HammerbenchTestKit.run(NginxTestCases.class, Map.of(Hammer.HARNESS_WARMUP_KEY, warmup));
        ServerResult nginx = GOT.get().server("nginx");
        double first = nginx.perRound().get(0).hammer().throughput();
        double later = nginx.perRound().subList(1, nginx.perRound().size()).stream()
                .mapToDouble(r -> r.hammer().throughput()).max().orElse(0);
        System.out.println(String.format(Locale.ROOT, "warm| harness warm-up %s: rounds %s req/s; first / best later = %.3f",
                warmup, nginx.perRound().stream().map(r -> String.format(Locale.ROOT, "%.0f", r.hammer().throughput()))
                        .collect(Collectors.joining(", ")), first / later));
    }

    @LaunchServer(name = "nginx", command = {"bash", "bench/nginx-for-bench.sh", "{port}"}, url = "http://{host}:{port}/")
    static class NginxTestCases {

        @Test
        @Hammer(calls = 200_000, concurrency = 50, keepAlive = true, timeout = "5s", rounds = 3, settle = "0")
        void hammered(Comparison comparison) {
            GOT.set(comparison);
        }
    }
}
