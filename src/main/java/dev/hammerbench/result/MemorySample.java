package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/** One point of a memory-over-time series taken during a round. */
@API(status = EXPERIMENTAL, since = "0.1")
public record MemorySample(Duration sinceStart, long rss) {
}
