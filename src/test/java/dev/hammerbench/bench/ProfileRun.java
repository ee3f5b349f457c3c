package dev.hammerbench.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Where the CPU of a keep-alive run goes: the engine standalone or the plain HttpClient 5
 * ceiling loop ({@link CeilingLoop}), warmed by one unrecorded run, then one run recorded by
 * JFR's profiling settings (Java samples every 1 ms, native every 5 ms, allocation samples). Not a test:
 * bench/profile-bench.sh runs it once per variant and sums the samples by who owns the code.
 *
 * <pre>
 * --url U  --tool engine|ceiling  --seconds S (default 10)  --connections N (default 50)  --jfr FILE
 * </pre>
 */
public final class ProfileRun {

    private ProfileRun() {
    }

    public static void main(String[] args) throws Exception {
        URI url = null;
        String tool = null;
        Path jfr = null;
        int seconds = 10;
        int connections = 50;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = URI.create(args[i + 1]);
                case "--tool" -> tool = args[i + 1];
                case "--jfr" -> jfr = Path.of(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unexpected argument " + args[i]
                        + "; options: --url --tool engine|ceiling --seconds --connections --jfr");
            }
        }
        if (url == null || jfr == null || !("engine".equals(tool) || "ceiling".equals(tool))) {
            throw new IllegalArgumentException("--url, --jfr and --tool engine|ceiling are required");
        }
        run(tool, url, connections, seconds); // warm: the recorded run sees compiled code, as a warm round does
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            // a sample every millisecond of Java code, every 5 ms of native (the loopback send and receive)
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(5));
            recording.start();
            ExternalTool.Run run = run(tool, url, connections, seconds);
            recording.stop();
            recording.dump(jfr);
            System.out.printf(Locale.ROOT, "%s: %.0f req/s, %.2f us CPU per request (recorded run)%n", run.tool(),
                    run.perSecond(), run.cpuMicrosPerRequest());
        }
    }

    private static ExternalTool.Run run(String tool, URI url, int connections, int seconds) throws InterruptedException {
        return "engine".equals(tool) ? LoadBench.engine(url, connections, seconds) : CeilingLoop.run(url, connections, seconds);
    }
}
