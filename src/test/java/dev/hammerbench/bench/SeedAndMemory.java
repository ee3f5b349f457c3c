package dev.hammerbench.bench;

import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.result.HammerResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's last two parts: the seed's round (a new connection per call) and harness memory over a long round. */
final class SeedAndMemory {

    private SeedAndMemory() {
    }

    /** The first new-connection round runs HttpClient's connect path interpreted, the next ones compiled. */
    static void seedRounds(URI url) {
        for (String round : new String[] {"first", "second", "third"}) {
            HammerResult seed = LoadEngine.run(HammerPlan.builder().build(), "seed round", url, System.out::println);
            System.out.printf(Locale.ROOT, "2000 calls at once, new connection each, 1 s timeout, %s round: %.1f %%"
                    + " success (%s), wall %d ms, p50 %d ms%n", round, seed.successRate() * 100, seed.outcomes(),
                    seed.wall().toMillis(), seed.latency().p50().toMillis());
        }
    }

    /** RSS after a 10k-call round, during and after a long one: flat means nothing is kept per call. */
    static void memoryRound(URI url, long calls) {
        HammerPlan small = HammerPlan.builder().calls(10_000).concurrency(100).keepAlive(true).build();
        LoadEngine.run(small, "memory 10k", url, line -> { });
        long rss10k = Rss.current();
        System.out.printf(Locale.ROOT, "RSS after 10k calls: %.1f MiB%n", Rss.mib(rss10k));
        HammerPlan large = HammerPlan.builder().calls(calls).concurrency(100).keepAlive(true).build();
        List<String> samples = new ArrayList<>();
        HammerResult result = LoadEngine.run(large, "memory " + calls, url,
                line -> samples.add(String.format(Locale.ROOT, "%.1f", Rss.mib(Rss.current()))));
        long rssEnd = Rss.current();
        System.out.printf(Locale.ROOT, "RSS during the %d-call round, every 2 s (MiB): %s%n", calls, samples);
        System.out.printf(Locale.ROOT, "RSS after %d calls: %.1f MiB (%+.1f %% vs after 10k; %d succeeded, %.0f calls/s)%n",
                calls, Rss.mib(rssEnd), 100.0 * (rssEnd - rss10k) / rss10k, result.succeeded(), result.throughput());
    }
}
