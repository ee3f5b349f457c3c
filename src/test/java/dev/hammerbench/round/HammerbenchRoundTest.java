package dev.hammerbench.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hammerbench.load.HammerPlan;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import dev.hammerbench.server.ServerLaunchException;
import dev.hammerbench.server.ServerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole round from plain Java, no extension involved: two real servers (Python's http.server
 * on free ports), real load, memory read from the OS, the report files on disk, and no server
 * left running afterwards. JUnit only runs the method.
 */
@Timeout(120)
class HammerbenchRoundTest {

    @TempDir
    Path dir;

    @Test
    void runsAFullRoundWritesTheReportsAndStopsEveryServer() {
        Path reports = dir.resolve("reports");
        Comparison comparison = HammerbenchRound.titled("plain java")
                .server(python("first"))
                .server(python("second"))
                .settings(RoundSettings.of(HammerPlan.builder().calls(200).concurrency(2).build()))
                .reportTo(reports)
                .run();

        assertThat(comparison.title()).isEqualTo("plain java");
        assertThat(comparison.servers()).extracting(s -> s.server().name()).containsExactly("first", "second");
        for (ServerResult server : comparison.servers()) {
            assertThat(server.hammer().succeeded()).as(server.server().name()).isEqualTo(200);
            assertThat(server.before()).as("memory before, " + server.server().name()).isPresent();
            assertThat(server.before().orElseThrow().rss()).as("rss before, " + server.server().name()).isPositive();
            assertThat(ProcessHandle.of(server.server().pid().getAsLong()).filter(ProcessHandle::isAlive))
                    .as("server %s (pid %d) after the round", server.server().name(), server.server().pid().getAsLong())
                    .isEmpty();
        }
        assertThat(reports.resolve("report.md")).content().contains("plain java", "first", "second");
        assertThat(reports.resolve("results.csv")).content().contains("first", "second");
        assertThat(reports.resolve("results.json")).content().contains("\"first\"", "\"second\"");
        assertThat(reports.resolve("report.html")).exists();
    }

    @Test
    void aServerThatDoesNotStartStopsTheOnesAlreadyStarted() {
        HammerbenchRound round = HammerbenchRound.titled("half")
                .server(python("started"))
                .server(HammerbenchRound.command("broken", List.of("python3", "-c", "import sys; sys.exit(3)"),
                        "http://{host}:{port}/", dir))
                .settings(RoundSettings.of(HammerPlan.builder().calls(10).build()));
        assertThatThrownBy(round::run).isInstanceOf(ServerLaunchException.class).hasMessageContaining("broken");
        assertThat(Files.exists(dir.resolve("started.log"))).isTrue();
        long pidsLeft = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("http.server")
                        && p.info().commandLine().orElse("").contains(dir.getFileName().toString()))
                .count();
        assertThat(pidsLeft).as("http.server processes of this test left running").isZero();
    }

    @Test
    void aRoundWithoutServersOrSettingsSaysWhatIsMissing() {
        assertThatThrownBy(() -> HammerbenchRound.titled("empty").run())
                .isInstanceOf(IllegalStateException.class).hasMessage("round 'empty' has no server: add one with server(...)");
        assertThatThrownBy(() -> HammerbenchRound.titled("bare").server(python("x")).run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("round 'bare' has no settings: give them with settings(...)");
    }

    /** Serves this test's directory, named in the argv so the leftover check finds only ours. */
    private ServerSpec python(String name) {
        return HammerbenchRound.command(name,
                List.of("python3", "-m", "http.server", "--bind", "{host}", "--directory", dir.toString(), "{port}"),
                "http://{host}:{port}/", dir);
    }
}
