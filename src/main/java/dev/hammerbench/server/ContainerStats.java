package dev.hammerbench.server;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import dev.hammerbench.measure.PeakSource;
import dev.hammerbench.measure.RoundMeasurement;
import dev.hammerbench.result.MemorySample;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerInfo;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * A container on a remote engine, measured through the Docker stats API since its processes are not
 * in this machine's /proc: memory is the cgroup's usage less its inactive file cache (what
 * {@code docker stats} shows; it includes kernel memory and active page cache that no process's RSS
 * counts, and misses shared pages first charged to another cgroup), CPU the cgroup's total usage.
 * PSS, USS and virtual size are not known there. The engine refreshes the figures once a second,
 * so a round's peak is the highest of those frames and its CPU runs from the frame before the load
 * to the first one after it.
 */
@API(status = INTERNAL, since = "0.1")
public final class ContainerStats implements RemoteMeasurement.Source {

    /** The peak source (and memory source) label of figures from here: "cgroup". */
    public static final String SOURCE = PeakSource.CGROUP.label();
    private static final Duration FRAME_DEADLINE = Duration.ofSeconds(10);

    private final String server;
    private final DockerClient client;
    private final String containerId;

    ContainerStats(String server, DockerClient client, String containerId) {
        this.server = server;
        this.client = client;
        this.containerId = containerId;
    }

    /** How to measure this server when it is a container on a remote engine; empty otherwise. */
    public static Optional<ContainerStats> of(ServerInfo server) {
        return RemoteMeasurement.of(server).filter(ContainerStats.class::isInstance).map(ContainerStats.class::cast);
    }

    static void register(ServerInfo server, ContainerStats stats) {
        RemoteMeasurement.register(server, stats);
    }

    static void unregister(ServerInfo server) {
        RemoteMeasurement.unregister(server);
    }

    /** The container's memory now (one stats frame: the engine answers within about a second). */
    @Override
    public MemorySnapshot snapshot() {
        Frames frames = new Frames(Instant.now());
        try (frames) {
            client.statsCmd(containerId).withNoStream(true).exec(frames);
            return snapshot(frames.next(FRAME_DEADLINE), Instant.now());
        }
    }

    /** Starts following the stats stream; waits for the first frame, the round's CPU baseline. */
    @Override
    public Round startRound() {
        Frames frames = new Frames(Instant.now());
        client.statsCmd(containerId).exec(frames);
        try {
            frames.next(FRAME_DEADLINE);
            return new Round(frames);
        } catch (RuntimeException e) {
            frames.close();
            throw e;
        }
    }

    /** One round's frames. */
    @API(status = INTERNAL, since = "0.1")
    public final class Round implements RemoteMeasurement.Round {
        private final Frames frames;

        private Round(Frames frames) {
            this.frames = frames;
        }

        /** Waits for the first frame after the load, then puts the round's frames together. */
        public RoundMeasurement stop() {
            Instant stoppedAt = Instant.now();
            do {
                frames.next(FRAME_DEADLINE);
            } while (frames.lastArrival().isBefore(stoppedAt));
            return frames.measurement();
        }

        @Override
        public void close() {
            frames.close();
        }
    }

    /** Memory as docker stats shows it: usage less inactive file cache (cgroup v1 total_inactive_file, v2 inactive_file). */
    static long workingSet(long usage, Long totalInactiveFile, Long inactiveFile) {
        if (totalInactiveFile != null && totalInactiveFile < usage) {
            return usage - totalInactiveFile;
        }
        if (totalInactiveFile == null && inactiveFile != null && inactiveFile < usage) {
            return usage - inactiveFile;
        }
        return usage;
    }

    static long workingSet(Statistics frame) {
        MemoryStatsConfig memory = frame.getMemoryStats();
        if (memory == null || memory.getUsage() == null) {
            return -1;
        }
        return memory.getStats() == null ? memory.getUsage()
                : workingSet(memory.getUsage(), memory.getStats().getTotalInactiveFile(), memory.getStats().getInactiveFile());
    }

    static long cpuNanos(Statistics frame) {
        return frame.getCpuStats() == null || frame.getCpuStats().getCpuUsage() == null
                || frame.getCpuStats().getCpuUsage().getTotalUsage() == null ? -1
                : frame.getCpuStats().getCpuUsage().getTotalUsage();
    }

    private MemorySnapshot snapshot(Statistics frame, Instant at) {
        long memory = workingSet(frame);
        if (memory < 0) {
            throw new IllegalStateException("server '" + server + "': the Docker stats of container " + containerId
                    + " have no memory usage (is the container still running?)");
        }
        int processes = frame.getPidsStats() == null || frame.getPidsStats().getCurrent() == null ? 0
                : Math.toIntExact(frame.getPidsStats().getCurrent());
        return new MemorySnapshot(at, processes, memory, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
    }

    /** The stats stream's frames, each with when it arrived. */
    private final class Frames extends ResultCallback.Adapter<Statistics> {
        private final Instant start;
        private final List<Statistics> received = new ArrayList<>();
        private final List<Instant> arrivals = new ArrayList<>();
        private int taken;

        Frames(Instant start) {
            this.start = start;
        }

        @Override
        public synchronized void onNext(Statistics frame) {
            received.add(frame);
            arrivals.add(Instant.now());
            notifyAll();
        }

        @Override
        public synchronized void onComplete() {
            super.onComplete();
            notifyAll();
        }

        @Override
        public synchronized void onError(Throwable throwable) {
            super.onError(throwable);
            notifyAll();
        }

        synchronized Statistics next(Duration deadline) {
            long until = System.nanoTime() + deadline.toNanos();
            while (taken >= received.size()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("server '" + server + "': no Docker stats frame for container "
                            + containerId + " within " + Durations.format(deadline));
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading Docker stats", e);
                }
            }
            return received.get(taken++);
        }

        synchronized Instant lastArrival() {
            return arrivals.get(taken - 1);
        }

        synchronized RoundMeasurement measurement() {
            List<Statistics> frames = received.subList(0, taken);
            long peak = -1;
            List<MemorySample> series = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                long memory = workingSet(frames.get(i));
                peak = Math.max(peak, memory);
                if (memory >= 0) {
                    series.add(new MemorySample(Duration.between(start, arrivals.get(i)), memory));
                }
            }
            long cpu = Math.max(0, cpuNanos(frames.get(frames.size() - 1)) - cpuNanos(frames.get(0)));
            Long processes = frames.get(frames.size() - 1).getPidsStats() == null ? null
                    : frames.get(frames.size() - 1).getPidsStats().getCurrent();
            return new RoundMeasurement(peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak), PeakSource.CGROUP,
                    Duration.ofNanos(cpu), series, processes == null ? 1 : Math.toIntExact(processes));
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException e) {
                // the stream is being dropped either way
            }
        }
    }
}
