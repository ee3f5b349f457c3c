package dev.hammerbench.round;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.hammerbench.load.EngineWarmup;
import dev.hammerbench.report.ReportFiles;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.server.LaunchedServer;
import dev.hammerbench.server.ReadinessCheck;
import dev.hammerbench.server.ServerSpec;
import dev.hammerbench.server.VersionSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * A full round without JUnit: launch the servers, hammer them, measure their memory and CPU, put
 * them side by side and write the report files; every server is stopped when it returns or throws.
 * The extension runs its rounds through the same {@link MeasuredRound}.
 *
 * <pre>{@code
 * Comparison comparison = HammerbenchRound.titled("static files")
 *         .server(HammerbenchRound.command("python", List.of("python3", "-m", "http.server", "{port}"),
 *                 "http://{host}:{port}/", logDir))
 *         .settings(RoundSettings.of(HammerPlan.builder().calls(2000).concurrency(8).build()))
 *         .reportTo(Path.of("target/hammerbench"))
 *         .run();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HammerbenchRound {

    private final String title;
    private final List<ServerSpec> servers = new ArrayList<>();
    private RoundSettings settings;
    private Optional<Path> reportDir = Optional.empty();
    private Consumer<String> progress = line -> { };

    private HammerbenchRound(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** A round with this title (the reports' heading). */
    public static HammerbenchRound titled(String title) {
        return new HammerbenchRound(title);
    }

    /**
     * A server started from a command line, ready when it answers HTTP at its url.
     *
     * @param command the argv; {@code {port}} and {@code {host}} are replaced
     * @param urlTemplate e.g. {@code http://{host}:{port}/}
     * @param logDir where its stdout and stderr go ({@code <name>.log})
     */
    public static ServerSpec command(String name, List<String> command, String urlTemplate, Path logDir) {
        return new ServerSpec(name, command, "", List.of(), List.of(), urlTemplate, Map.of(), null, "127.0.0.1", 0,
                ReadinessCheck.forHttp("", 0), Duration.ofSeconds(30), VersionSource.serverHeader(),
                logDir.resolve(name + ".log"), Optional.empty());
    }

    /** Adds a server; they are launched, hammered and listed in the order added. */
    public HammerbenchRound server(ServerSpec spec) {
        servers.add(Objects.requireNonNull(spec, "spec"));
        return this;
    }

    public HammerbenchRound settings(RoundSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /** Writes the md, csv, json and html reports there; without it, no files. */
    public HammerbenchRound reportTo(Path dir) {
        this.reportDir = Optional.of(dir);
        return this;
    }

    /** Where progress lines go (the extension sends them to JUnit's report entries); none by default. */
    public HammerbenchRound progress(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Launches every server, runs the round, writes the reports and stops every server.
     *
     * @throws IllegalStateException without servers or settings
     * @throws dev.hammerbench.server.ServerLaunchException when a server does not start; the ones
     *     already started are stopped
     */
    public Comparison run() {
        if (servers.isEmpty()) {
            throw new IllegalStateException("round '" + title + "' has no server: add one with server(...)");
        }
        if (settings == null) {
            throw new IllegalStateException("round '" + title + "' has no settings: give them with settings(...)");
        }
        List<LaunchedServer> launched = new ArrayList<>();
        try {
            for (ServerSpec spec : servers) {
                launched.add(LaunchedServer.launch(spec));
            }
            List<ServerInfo> infos = launched.stream().map(LaunchedServer::info).toList();
            Comparison comparison = MeasuredRound.run(title, settings, infos, progress,
                    () -> EngineWarmup.once(settings.plan(), EngineWarmup.DEFAULT_LENGTH, progress,
                            MeasuredRound::warmupSlice));
            reportDir.ifPresent(dir -> ReportFiles.write(comparison, dir));
            return comparison;
        } finally {
            // the last launched first, as the extension's scopes close them
            for (int i = launched.size() - 1; i >= 0; i--) {
                launched.get(i).close();
            }
        }
    }
}
