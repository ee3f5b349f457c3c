package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The test JVM itself, like the seed's "main" row: its memory around the round and the CPU it
 * spent during the load, which is what the load engine cost.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HarnessResult(long pid, MemorySnapshot before, MemorySnapshot after, Duration cpuTime) {
}
