package dev.hammerbench.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The test JVM itself, like the seed's "main" row: its memory around the round and the CPU it
 * spent during the counted calls (not the warm-ups), which is what the load engine cost.
 *
 * @param engineWarmup what warming the harness's own engine did in this JVM, before its first
 *     round (so outside every round's figures); empty when it was off or failed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HarnessResult(long pid, MemorySnapshot before, MemorySnapshot after, Duration cpuTime,
        Optional<EngineWarmupResult> engineWarmup) {

    public HarnessResult {
        engineWarmup = engineWarmup == null ? Optional.empty() : engineWarmup;
    }

    /** A harness whose engine warm-up is not known. */
    public HarnessResult(long pid, MemorySnapshot before, MemorySnapshot after, Duration cpuTime) {
        this(pid, before, after, cpuTime, Optional.empty());
    }
}
