package dev.hammerbench.junit;

import static dev.hammerbench.junit.LaunchServerTest.TEST_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** One rendering, three channels: a report entry, the test's stdout, and files (plus the run's index). */
class ReportChannelsTest {

    @Test
    void aRoundIsPublishedAsReportEntriesOnStdoutAndAsFiles() throws IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        EngineExecutionResults results;
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try {
            results = HammerbenchTestKit.run(PublishedTestCases.class);
        } finally {
            System.setOut(original);
        }
        results.testEvents().assertStatistics(stats -> stats.succeeded(1));

        Map<String, String> entries = results.testEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow())
                .flatMap(entry -> entry.getKeyValuePairs().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(entries).containsOnlyKeys("hammerbench", "hammerbench.report");
        String tables = entries.get("hammerbench");
        assertThat(tables).startsWith("\nHammerbench round: ReportChannelsTest$PublishedTestCases.published()")
                .contains("speed", "memory", "published-server", "200:40", "harness");
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains(tables.strip());

        Path dir = Path.of(HammerbenchTestKit.OUTPUT_DIR, PublishedTestCases.class.getName(), "published");
        assertThat(Path.of(entries.get("hammerbench.report"))).isEqualTo(dir.resolve("report.html").toAbsolutePath());
        for (String file : new String[] {"report.md", "results.csv", "results.json", "report.html"}) {
            assertThat(dir.resolve(file)).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve("results.json"))).contains("\"published-server\"");
        assertThat(Files.readString(Path.of(HammerbenchTestKit.OUTPUT_DIR, "index.html")))
                .contains(PublishedTestCases.class.getName() + "/published/report.html");
    }

    @Test
    void everyInvocationOfARepeatedOrParameterizedTestGetsItsOwnFolderAndTitle() throws IOException {
        EngineExecutionResults results = HammerbenchTestKit.run(InvocationsTestCases.class);
        results.testEvents().assertStatistics(stats -> stats.succeeded(4));

        Path classDir = Path.of(HammerbenchTestKit.OUTPUT_DIR, InvocationsTestCases.class.getName());
        for (String folder : new String[] {"repeated [1] repetition 1 of 2", "repeated [2] repetition 2 of 2",
                "parameterized [1] calls=10", "parameterized [2] calls=20"}) {
            assertThat(classDir.resolve(folder).resolve("report.html")).as(folder).isNotEmptyFile();
        }
        assertThat(Files.readString(classDir.resolve("repeated [2] repetition 2 of 2/report.md")))
                .contains("InvocationsTestCases.repeated() repetition 2 of 2");
        assertThat(Files.readString(classDir.resolve("parameterized [2] calls=20/results.json")))
                .contains("InvocationsTestCases.parameterized() [2] calls=20");
        assertThat(Files.readString(Path.of(HammerbenchTestKit.OUTPUT_DIR, "index.html")))
                .contains("repetition 1 of 2", "repetition 2 of 2");
    }

    @LaunchServer(name = "invoked", mainClass = TEST_SERVER, args = {"--port", "{port}"})
    static class InvocationsTestCases {

        @org.junit.jupiter.api.RepeatedTest(2)
        @Hammer(calls = 10, concurrency = 2, settle = "0")
        void repeated() {
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] calls={0}")
        @org.junit.jupiter.params.provider.ValueSource(ints = {10, 20})
        @Hammer(calls = 10, concurrency = 2, settle = "0")
        void parameterized(int calls) {
        }
    }

    /** 5.12 on (the media type moved in 5.14; both are used); before 5.12 the files are only on disk. */
    @Test
    @EnabledIf("filesCanBePublished")
    void theFilesAreHandedToJUnitToo() {
        EngineExecutionResults results = HammerbenchTestKit.run(PublishedTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(JUnitRuntime.publishedFileNames(results))
                .as("files published on JUnit %s", JUnitRuntime.jupiterVersion())
                .containsExactlyInAnyOrder("report.md", "results.csv", "results.json", "report.html");
    }

    static boolean filesCanBePublished() {
        return JUnitRuntime.PUBLISHES_FILES;
    }

    static class PublishedTestCases {

        @Test
        @LaunchServer(name = "published-server", mainClass = TEST_SERVER, args = {"--port", "{port}"})
        @Hammer(calls = 40, concurrency = 4, settle = "0")
        void published() {
        }
    }

    /** Writes to two streams: the console keeps its output while the test reads it. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
