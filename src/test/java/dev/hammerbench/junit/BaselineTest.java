package dev.hammerbench.junit;

import static dev.hammerbench.assertj.HammerAssertions.assertThat;
import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hammerbench.result.ServerResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

/**
 * Baselines end to end: real servers, a baseline written on request, a server made slower on
 * purpose flagged with the right sign and size, the same server passing, and every way a baseline
 * cannot be used.
 */
class BaselineTest {

    static final AtomicReference<ServerResult> GOT = new AtomicReference<>();

    @TempDir
    Path dir;

    @Test
    void writtenOnRequestThenASlowerServerIsFlaggedAndTheSameServerPasses() throws IOException {
        run(FastTestCases.class, Map.of(Hammer.BASELINE_KEY, "update")).testEvents()
                .assertStatistics(stats -> stats.succeeded(1));
        Path written = file(FastTestCases.class);
        String json = Files.readString(written);
        assertThat(json).contains("\"format\": \"hammerbench-baseline\"", "\"formatVersion\": 1", "\"cpuModel\": ",
                "\"hammerbenchVersion\": ", "\"concurrency\": 4", "\"rounds\": 5");

        // the same file for a build of the server 10 ms slower a call
        Files.createDirectories(file(SlowTestCases.class).getParent());
        Files.copy(written, file(SlowTestCases.class));
        EngineExecutionResults slow = run(SlowTestCases.class, Map.of());
        slow.testEvents().assertStatistics(stats -> stats.failed(1));
        Throwable failure = throwable(slow, "failed");
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("throughput of server \"app\"")
                .hasMessageContaining("to be at most 10 % below the baseline")
                .hasMessageContaining("baseline:\n  ").hasMessageContaining(file(SlowTestCases.class).toString())
                .hasMessageContaining("interval of now / baseline:\n  ");
        Matcher difference = Pattern.compile("difference:\n  (-[0-9.]+) %").matcher(failure.getMessage());
        assertThat(difference.find()).as(failure.getMessage()).isTrue();
        // 4 callers at 2 ms against 12 ms a call: about a fifth of the throughput, whatever the machine adds
        assertThat(Double.parseDouble(difference.group(1))).as(failure.getMessage()).isBetween(-92.0, -55.0);
        String report = report(SlowTestCases.class);
        assertThat(report).contains("## vs baseline").containsPattern("app \\| -[5-9][0-9]\\.[0-9] % ±[0-9.]+ % \\|");

        EngineExecutionResults same = run(FastTestCases.class, Map.of());
        same.testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(report(FastTestCases.class)).contains("## vs baseline").doesNotContain("NOT COMPARABLE");
    }

    @Test
    void aBaselineOfAnotherPlanIsNotComparableAndTheCheckIsSkippedSayingWhy() throws IOException {
        run(FastTestCases.class, Map.of(Hammer.BASELINE_KEY, "update"));
        Files.createDirectories(file(OtherPlanTestCases.class).getParent());
        Files.copy(file(FastTestCases.class), file(OtherPlanTestCases.class));

        EngineExecutionResults other = run(OtherPlanTestCases.class, Map.of());
        other.testEvents().assertStatistics(stats -> stats.aborted(1));
        assertThat(throwable(other, "aborted")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("is not comparable with this run")
                .hasMessageContaining("plan concurrency: 4 (baseline) vs 2 (now)")
                .hasMessageContaining("-Dhammerbench.baseline=update");
        assertThat(report(OtherPlanTestCases.class)).contains("NOT COMPARABLE with the baseline")
                .contains("app (not comparable)");
    }

    @Test
    void aBaselineFromAnotherMachineIsNotComparable() throws IOException {
        run(FastTestCases.class, Map.of(Hammer.BASELINE_KEY, "update"));
        Path file = file(FastTestCases.class);
        Files.writeString(file, Files.readString(file).replaceFirst("\"cpuModel\": \"[^\"]*\"", "\"cpuModel\": \"Elsewhere 9000\""));

        EngineExecutionResults elsewhere = run(FastTestCases.class, Map.of());
        elsewhere.testEvents().assertStatistics(stats -> stats.aborted(1));
        assertThat(throwable(elsewhere, "aborted")).hasMessageContaining("machine CPU model: Elsewhere 9000 (baseline) vs ");
        assertThat(report(FastTestCases.class)).contains("NOT COMPARABLE with the baseline");
    }

    @Test
    void aCorruptFileIsRejectedNamingIt() throws IOException {
        Path file = file(TinyTestCases.class);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\": \"hammerbench-baseline\", \"formatVersion\": 1,");

        EngineExecutionResults corrupt = run(TinyTestCases.class, Map.of());
        corrupt.testEvents().assertStatistics(stats -> stats.failed(1));
        assertThat(throwable(corrupt, "failed")).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("baseline " + file + " cannot be used: invalid JSON at offset")
                .hasMessageContaining("write a fresh one with -Dhammerbench.baseline=update");
    }

    @Test
    void aForeignJsonFileIsRejectedNamingIt() throws IOException {
        Path file = file(TinyTestCases.class);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\": 1, \"generator\": \"hammerbench\", \"servers\": []}");

        EngineExecutionResults foreign = run(TinyTestCases.class, Map.of());
        foreign.testEvents().assertStatistics(stats -> stats.failed(1));
        assertThat(throwable(foreign, "failed")).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("baseline " + file + " cannot be used: not a Hammerbench baseline");
    }

    @Test
    void aNewerFormatVersionIsRejectedNamingIt() throws IOException {
        run(TinyTestCases.class, Map.of(Hammer.BASELINE_KEY, "update"));
        Path file = file(TinyTestCases.class);
        Files.writeString(file, Files.readString(file).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));

        EngineExecutionResults newer = run(TinyTestCases.class, Map.of());
        assertThat(throwable(newer, "failed")).hasMessageContaining("baseline " + file
                + " cannot be used: formatVersion 2 is not supported; accepted: 1");
    }

    @Test
    void withoutABaselineTheCheckIsSkippedSayingHowToWriteOne() {
        EngineExecutionResults none = run(TinyTestCases.class, Map.of());
        none.testEvents().assertStatistics(stats -> stats.aborted(1));
        assertThat(throwable(none, "aborted")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no baseline yet at " + file(TinyTestCases.class))
                .hasMessageContaining("-Dhammerbench.baseline=update");
        assertThat(file(TinyTestCases.class)).doesNotExist(); // never written unasked
    }

    @Test
    void warnModeReportsARegressionWithoutFailing() throws IOException {
        run(FastTestCases.class, Map.of(Hammer.BASELINE_KEY, "update"));
        Files.createDirectories(file(SlowTestCases.class).getParent());
        Files.copy(file(FastTestCases.class), file(SlowTestCases.class));

        run(SlowTestCases.class, Map.of(Hammer.BASELINE_MODE_KEY, "warn")).testEvents()
                .assertStatistics(stats -> stats.succeeded(1));
        assertThat(report(SlowTestCases.class)).containsPattern("app \\| -[5-9][0-9]\\.[0-9] % ±");
    }

    @Test
    void offNeitherReadsNorWrites() throws IOException {
        Path file = file(TinyTestCases.class);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not even JSON");

        run(TinyTestCases.class, Map.of(Hammer.BASELINE_KEY, "off")).testEvents()
                .assertStatistics(stats -> stats.aborted(1));
        assertThat(file).hasContent("not even JSON");
    }

    @Test
    void knobValuesOutsideTheAcceptedOnesAreRejected() {
        assertThat(throwable(run(TinyTestCases.class, Map.of(Hammer.BASELINE_KEY, "refresh")), "failed"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("configuration parameter hammerbench.baseline is \"refresh\"; accepted: compare, update, off");
        assertThat(throwable(run(TinyTestCases.class, Map.of(Hammer.BASELINE_MODE_KEY, "loud")), "failed"))
                .hasMessageContaining("configuration parameter hammerbench.baseline.mode is \"loud\"; accepted: fail, warn");
    }

    private EngineExecutionResults run(Class<?> testCases, Map<String, String> configuration) {
        Map<String, String> all = new java.util.HashMap<>(configuration);
        all.put(Hammer.BASELINE_DIR_KEY, dir.toString());
        return HammerbenchTestKit.run(testCases, all);
    }

    private Path file(Class<?> testCases) {
        return dir.resolve(testCases.getName()).resolve("guarded.json");
    }

    private static String report(Class<?> testCases) throws IOException {
        return Files.readString(Path.of(HammerbenchTestKit.OUTPUT_DIR, testCases.getName(), "guarded", "report.md"));
    }

    private static Throwable throwable(EngineExecutionResults results, String kind) {
        var events = kind.equals("failed") ? results.testEvents().failed() : results.testEvents().aborted();
        return events.stream().findFirst().orElseThrow(() -> new AssertionError("no " + kind + " test"))
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    @LaunchServer(name = "app", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "2"})
    static class FastTestCases {

        @Test
        @Hammer(calls = 200, concurrency = 4, keepAlive = true, warmup = "20", rounds = 5, settle = "0")
        void guarded(@Server("app") ServerResult app) {
            assertThat(app).comparedToBaseline().throughput().dropsAtMostPercent(50);
        }
    }

    /** The same server 10 ms slower a call, under the same name and plan. */
    @LaunchServer(name = "app", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "12"})
    static class SlowTestCases {

        @Test
        @Hammer(calls = 200, concurrency = 4, keepAlive = true, warmup = "20", rounds = 5, settle = "0")
        void guarded(@Server("app") ServerResult app) {
            assertThat(app).comparedToBaseline().throughput().dropsAtMostPercent(10);
        }
    }

    @LaunchServer(name = "app", mainClass = TEST_SERVER, args = {"--port", "{port}", "--delay-ms", "2"})
    static class OtherPlanTestCases {

        @Test
        @Hammer(calls = 200, concurrency = 2, keepAlive = true, warmup = "20", rounds = 5, settle = "0")
        void guarded(@Server("app") ServerResult app) {
            assertThat(app).comparedToBaseline().throughput().dropsAtMostPercent(50);
        }
    }

    @LaunchServer(name = "app", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class TinyTestCases {

        @Test
        @Hammer(calls = 20, concurrency = 2, keepAlive = true, settle = "0")
        void guarded(@Server("app") ServerResult app) {
            assertThat(app).comparedToBaseline().memory().rssAfter().growsAtMostMiB(64);
        }
    }
}
