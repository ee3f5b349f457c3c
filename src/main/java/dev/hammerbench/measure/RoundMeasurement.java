package dev.hammerbench.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.MemorySample;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * What a {@link RoundMeter} found out about a server's process group during one round.
 *
 * @param peakRss the highest resident size of the group during the round, in bytes; empty when
 *        nothing could be measured
 * @param peakSource how peakRss was measured
 * @param cpuTime user + system CPU the group spent during the round
 * @param memoryOverTime the group's resident size over the round, at most {@link RoundMeter#MAX_POINTS}
 *        (+1 for the final point) points
 * @param processesAtEnd live members at the end; 0 means the group was gone by then
 */
@API(status = INTERNAL, since = "0.1")
public record RoundMeasurement(OptionalLong peakRss, PeakSource peakSource, Duration cpuTime,
        List<MemorySample> memoryOverTime, int processesAtEnd) {

    public RoundMeasurement {
        memoryOverTime = List.copyOf(memoryOverTime);
    }
}
