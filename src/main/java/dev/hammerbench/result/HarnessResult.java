package dev.hammerbench.result;

import java.time.Duration;

/**
 * The test JVM itself, like the seed's "main" row: its memory around the round and the CPU it
 * spent during the load, which is what the load engine cost.
 */
public record HarnessResult(long pid, MemorySnapshot before, MemorySnapshot after, Duration cpuTime) {
}
