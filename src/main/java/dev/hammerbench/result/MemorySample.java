package dev.hammerbench.result;

import java.time.Duration;

/** One point of a memory-over-time series taken during a round. */
public record MemorySample(Duration sinceStart, long rss) {
}
