package dev.hammerbench.round;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.load.EngineWarmup;
import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.load.LoadEngine;
import dev.hammerbench.measure.KernelCounters;
import dev.hammerbench.measure.ListenBacklog;
import dev.hammerbench.measure.ProcessGroupGoneException;
import dev.hammerbench.measure.ProcessMeter;
import dev.hammerbench.measure.RoundMeasurement;
import dev.hammerbench.measure.RoundMeter;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.HammerResult;
import dev.hammerbench.result.HarnessResult;
import dev.hammerbench.result.KernelEvidence;
import dev.hammerbench.result.MemorySnapshot;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.server.RemoteMeasurement;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One measured round over servers already running: settle, snapshot every server and the harness,
 * hammer each server (in order, or all at once), settle, snapshot again, and put it side by side.
 * Both the JUnit extension and {@link HammerbenchRound} go through here, so a round means the same
 * with or without JUnit.
 */
@API(status = INTERNAL, since = "0.1")
public final class MeasuredRound {

    private MeasuredRound() {
    }

    /**
     * @param beforeClock run once the machine's round lock is held and before the clock starts
     *     (the extension warms the harness there: not part of anyone's round)
     */
    public static Comparison run(String title, RoundSettings settings, List<ServerInfo> servers,
            Consumer<String> progress, Runnable beforeClock) {
        // one round at a time on the machine, or each would measure the other
        try (RoundLock lock = RoundLock.acquire()) {
            if (lock.waited().toMillis() >= 1) {
                progress.accept("waited " + lock.waited().toMillis() + " ms for another round on this machine");
            }
            beforeClock.run();
            return locked(title, settings, servers, progress, lock.waited());
        }
    }

    /**
     * One keep-alive slice of the engine warm-up ({@link EngineWarmup#once(HammerPlan, Duration, Consumer,
     * java.util.function.BiFunction)}), taken through the readings a round takes around its load: the
     * listen backlog ({@code ss}), the kernel's TCP counters and the machine's CPU (/proc). Why:
     * compile logs of a fresh JVM's first round against nginx (bench/warm-harness-bench.sh with JFR)
     * showed the engine warm but 100-400 ms of compiling in code only a round runs: String.split and
     * the /proc parsers, lambdas spun at first use. Nothing here is counted or reported.
     */
    public static HammerResult warmupSlice(HammerPlan slice, URI responder) {
        Neighbours neighbours = Neighbours.start();
        Duration cpuBefore = ProcessMeter.cpuTimeSelf();
        OptionalInt backlog = ListenBacklog.of(responder.getPort());
        Optional<KernelCounters> kernelBefore = KernelCounters.read();
        HammerResult result = LoadEngine.run(slice, "engine warm-up", responder, line -> { });
        kernelBefore.flatMap(b -> KernelCounters.read().map(a -> a.since(b, backlog)));
        neighbours.share(ProcessMeter.cpuTimeSelf().minus(cpuBefore));
        ProcessMeter.snapshotSelf();
        return result;
    }

    private static Comparison locked(String title, RoundSettings declaration, List<ServerInfo> servers,
            Consumer<String> progress, Duration waited) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        settle(declaration.settle());
        List<MemorySnapshot> before = servers.stream().map(MeasuredRound::snapshot).toList();
        MemorySnapshot harnessBefore = ProcessMeter.snapshotSelf();
        Duration harnessCpu = Duration.ZERO;
        List<List<ServerResult>> rounds = new ArrayList<>();
        servers.forEach(server -> rounds.add(new ArrayList<>()));
        // interleaved, A B C A B C ...: a drift (a neighbour starting, a thermal limit) hits every server alike
        for (int round = 1; round <= declaration.rounds(); round++) {
            if (declaration.rounds() > 1) {
                progress.accept("round " + round + " of " + declaration.rounds());
            }
            List<Hammered> hammered = declaration.parallel()
                    ? inParallel(declaration.plan(), servers, progress)
                    : servers.stream().map(server -> hammer(declaration.plan(), server, progress, true)).toList();
            for (int i = 0; i < servers.size(); i++) {
                rounds.get(i).add(roundResult(servers.get(i), hammered.get(i), declaration.parallel() && servers.size() > 1));
            }
            harnessCpu = harnessCpu.plus(harnessCpu(hammered, declaration.parallel()));
        }
        settle(declaration.settle());
        List<ServerResult> results = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            results.add(ServerResult.overRounds(rounds.get(i), Optional.ofNullable(before.get(i)),
                    Optional.ofNullable(snapshot(servers.get(i)))));
        }
        HarnessResult harness = new HarnessResult(ProcessHandle.current().pid(), harnessBefore,
                ProcessMeter.snapshotSelf(), harnessCpu, EngineWarmup.warmed());
        return new Comparison(title, declaration.plan().summary(), declaration.parallel(), declaration.settle(),
                startedAt, Duration.ofNanos(System.nanoTime() - start), results, harness, waited);
    }

    /**
     * The harness's CPU over the counted calls of one round: one after another, the sum of each
     * server's span; all at once, from their common start (every warm-up over) to the last end.
     */
    private static Duration harnessCpu(List<Hammered> hammered, boolean parallel) {
        if (!parallel) {
            return hammered.stream().map(h -> h.harnessCpuTo().minus(h.harnessCpuFrom())).reduce(Duration.ZERO, Duration::plus);
        }
        Duration from = hammered.stream().map(Hammered::harnessCpuFrom).min(Duration::compareTo).orElse(Duration.ZERO);
        Duration to = hammered.stream().map(Hammered::harnessCpuTo).max(Duration::compareTo).orElse(Duration.ZERO);
        return to.minus(from);
    }

    /** One round of one server; memory is read around all rounds, so a round's own before and after are unknown. */
    private static ServerResult roundResult(ServerInfo server, Hammered h, boolean shared) {
        RoundMeasurement m = h.measurement();
        return new ServerResult(server, h.result(), Optional.empty(), Optional.empty(),
                m == null ? OptionalLong.empty() : m.peakRss(), Optional.ofNullable(m).map(RoundMeasurement::cpuTime),
                m == null ? List.of() : m.memoryOverTime(), Optional.ofNullable(m).flatMap(MeasuredRound::peakSource),
                List.of(), h.shares().map(x -> OptionalDouble.of(x.others())).orElse(OptionalDouble.empty()),
                shared ? h.kernel().map(KernelEvidence::sharedWithOthers) : h.kernel(),
                h.shares().map(x -> OptionalDouble.of(x.busy())).orElse(OptionalDouble.empty()));
    }

    private static Optional<String> peakSource(RoundMeasurement measurement) {
        return measurement.peakRss().isPresent() ? Optional.of(measurement.peakSource().label()) : Optional.empty();
    }

    /**
     * @param harnessCpuFrom the harness's own CPU time when the counted calls began (cumulative, as
     *     {@link ProcessMeter#cpuTimeSelf()} reads it), and {@code harnessCpuTo} when they ended
     */
    private record Hammered(HammerResult result, RoundMeasurement measurement, Optional<Neighbours.Shares> shares,
            Optional<KernelEvidence> kernel, Duration harnessCpuFrom, Duration harnessCpuTo) {
    }

    /** @param alone whether no other server is hammered meanwhile, so the machine's other CPU is a neighbour's */
    private static Hammered hammer(HammerPlan plan, ServerInfo server, Consumer<String> progress, boolean alone) {
        return hammer(plan, server, progress, alone, null);
    }

    /**
     * @param together with servers hammered all at once, where each waits once its warm-up is over, so
     *     that every server's counted calls start together (and no one's warm-up lies inside another's
     *     readings); null one after another
     */
    private static Hammered hammer(HammerPlan plan, ServerInfo server, Consumer<String> progress, boolean alone,
            Phaser together) {
        boolean[] arrived = {false};
        try (Readings readings = new Readings(server, alone)) {
            // the readings start after the warm-up: its calls are not counted, nor is what they cost
            HammerResult result = LoadEngine.run(plan, server.name(), server.baseUri(), progress, () -> {
                if (together != null) {
                    arrived[0] = true;
                    awaitTheOthers(together);
                }
                readings.start();
            });
            return readings.stop(result);
        } finally {
            if (together != null && !arrived[0]) {
                together.arriveAndDeregister(); // its warm-up failed: the others need not wait for it
            }
        }
    }

    private static void awaitTheOthers(Phaser together) {
        try {
            together.awaitAdvanceInterruptibly(together.arrive());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the round is being stopped: the engine sends nothing more
        }
    }

    /**
     * What a round reads around one server's counted calls: the server group's CPU and peak (its
     * meter, or a container's stats), the listen backlog and the kernel's TCP counters, other
     * processes' share of the machine, and the harness's own CPU.
     */
    private static final class Readings implements AutoCloseable {

        private final ServerInfo server;
        private final boolean alone;
        private RemoteMeasurement.Round cgroup;
        private RoundMeter meter;
        private Neighbours neighbours;
        private final OptionalInt backlog;
        private Optional<KernelCounters> kernelBefore = Optional.empty();
        private Duration harnessCpuFrom;

        Readings(ServerInfo server, boolean alone) {
            this.server = server;
            this.alone = alone;
            // the backlog does not change with the load: read before the warm-up (ss is a process to fork)
            backlog = ListenBacklog.of(server.baseUri().getPort());
        }

        void start() {
            harnessCpuFrom = ProcessMeter.cpuTimeSelf();
            // a container on a remote engine is measured through the stats API; its CPU is not this machine's
            cgroup = RemoteMeasurement.of(server).map(MeasuredRound::startStats).orElse(null);
            meter = cgroup == null && server.launched() ? startMeter(server) : null;
            neighbours = alone && meter != null ? Neighbours.start() : null;
            // the counters right around the counted calls: machine-wide, so kept close
            kernelBefore = KernelCounters.read();
        }

        Hammered stop(HammerResult result) {
            Optional<KernelEvidence> kernel = kernelBefore.flatMap(b -> KernelCounters.read().map(a -> a.since(b, backlog)));
            RoundMeasurement measurement = cgroup != null ? MeasuredRound.stop(cgroup) : MeasuredRound.stop(meter);
            Optional<Neighbours.Shares> others = neighbours == null || measurement == null ? Optional.empty()
                    : neighbours.shares(measurement.cpuTime());
            Duration harnessCpuTo = ProcessMeter.cpuTimeSelf();
            return new Hammered(result, measurement, others, kernel,
                    harnessCpuFrom == null ? harnessCpuTo : harnessCpuFrom, harnessCpuTo);
        }

        @Override
        public void close() {
            if (meter != null) {
                meter.close();
            }
            if (cgroup != null) {
                cgroup.close();
            }
        }
    }

    private static RemoteMeasurement.Round startStats(RemoteMeasurement.Source stats) {
        try {
            return stats.startRound();
        } catch (RuntimeException e) {
            return null; // no stats: the load's result is kept, its memory and CPU unknown
        }
    }

    private static RoundMeasurement stop(RemoteMeasurement.Round cgroup) {
        try {
            return cgroup.stop();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The measurement, or none when there was no meter or it broke: the load's result is kept either way. */
    private static RoundMeasurement stop(RoundMeter meter) {
        if (meter == null) {
            return null;
        }
        try {
            return meter.stop();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static RoundMeter startMeter(ServerInfo server) {
        try {
            return RoundMeter.start(server.pid().getAsLong());
        } catch (ProcessGroupGoneException e) {
            return null; // the server died before the load; the calls will say so
        }
    }

    private static List<Hammered> inParallel(HammerPlan plan, List<ServerInfo> servers, Consumer<String> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, servers.size()), runnable -> {
            Thread thread = new Thread(runnable, "hammerbench-round");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Phaser together = new Phaser(servers.size());
            List<Future<Hammered>> futures = servers.stream()
                    .map(server -> pool.submit(() -> hammer(plan, server, progress, false, together))).toList();
            List<Hammered> hammered = new ArrayList<>();
            for (Future<Hammered> future : futures) {
                hammered.add(future.get());
            }
            return hammered;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hammering", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The group's memory, or null when the server was not launched here or is gone. */
    private static MemorySnapshot snapshot(ServerInfo server) {
        Optional<RemoteMeasurement.Source> stats = RemoteMeasurement.of(server);
        if (stats.isPresent()) {
            try {
                return stats.get().snapshot();
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (!server.launched()) {
            return null;
        }
        try {
            return ProcessMeter.snapshot(server.pid().getAsLong());
        } catch (ProcessGroupGoneException e) {
            return null;
        }
    }

    private static void settle(Duration settle) {
        if (settle.isZero()) {
            return;
        }
        try {
            Thread.sleep(settle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while settling before a memory snapshot", e);
        }
    }
}
