package dev.hammerbench.measure;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How much one measurement costs the harness, for a 1-process and a 3-process group of idle
 * TestServer JVMs. Not a test: run it by hand after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.hammerbench.measure.SnapshotCostBenchmark [rounds]
 * </pre>
 *
 * Prints, per operation, the median and mean wall time and the harness CPU per call, in microseconds.
 * CPU is the figure that matters on a loaded machine: wall time there includes waiting for a core.
 */
public final class SnapshotCostBenchmark {

    private SnapshotCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String server = LaunchedGroup.quoted(LaunchedGroup.javaServer());
        try (LaunchedGroup one = LaunchedGroup.server();
                LaunchedGroup three = LaunchedGroup.shell(server + " & " + server + " & exec " + server, 3)) {
            Thread.sleep(2000);
            System.out.printf("%d rounds each; processes in /proc: %d%n", rounds, ProcFs.pids().size());
            for (LaunchedGroup group : List.of(one, three, one)) {
                long pgid = group.pgid();
                List<ProcessSample> members = ProcProbe.INSTANCE.members(pgid);
                String name = members.size() + "-process group";
                measure(name + ": ProcessMeter.snapshot", rounds, () -> ProcessMeter.snapshot(pgid));
                measure(name + ": smaps_rollup of the main process alone", rounds, () -> ProcFs.rollup(pgid));
                measure(name + ": member scan of /proc (sampler, once a second)", rounds,
                        () -> ProcProbe.INSTANCE.members(pgid));
                measure(name + ": sampler tick (reread known members)", rounds,
                        () -> members.stream().map(ProcProbe.INSTANCE::reread).flatMap(Optional::stream).toList());
                measure(name + ": ProcessMeter.cpuTime", rounds, () -> ProcessMeter.cpuTime(pgid));
                measure(name + ": snapshot via OSHI (the off-Linux path)", Math.max(10, rounds / 10),
                        () -> ProcessMeter.snapshot(OshiProbe.INSTANCE, pgid));
            }
            long self = ProcessHandle.current().pid();
            measure("ProcessMeter.snapshotSelf", rounds, ProcessMeter::snapshotSelf);
            measure("smaps_rollup of this JVM alone", rounds, () -> ProcFs.rollup(self));
            System.out.printf("this JVM: %s%n", ProcessMeter.snapshotSelf());
        }
    }

    private static void measure(String name, int rounds, Supplier<?> operation) {
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < rounds && System.nanoTime() < warmUntil; i++) {
            operation.get(); // warm up: class loading, JIT, one-time setup (OSHI: ~1 s)
        }
        long[] nanos = new long[rounds];
        Duration cpuBefore = ProcessMeter.cpuTimeSelf();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            operation.get();
            nanos[i] = System.nanoTime() - start;
        }
        Duration cpu = ProcessMeter.cpuTimeSelf().minus(cpuBefore);
        Arrays.sort(nanos);
        System.out.printf("%-70s median %8.1f us  mean %8.1f us  CPU %8.1f us%n", name, nanos[rounds / 2] / 1e3,
                Arrays.stream(nanos).average().orElse(0) / 1e3, cpu.toNanos() / 1e3 / rounds);
    }
}
