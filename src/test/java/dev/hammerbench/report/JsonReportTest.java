package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.hammerbench.result.Comparison;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    private final JsonReport json = new JsonReport(SampleComparisons.HARNESS);

    @Test
    void seedRoundMatchesGoldenFile() {
        Golden.assertMatches("seed-round.json", json.render(SampleComparisons.seedRound()));
    }

    @Test
    void failedRoundMatchesGoldenFile() {
        Golden.assertMatches("failed-round.json", json.render(SampleComparisons.failedRound()));
    }

    @Test
    void everyRoundIsStrictJsonWithASchemaVersion() {
        for (Comparison round : List.of(SampleComparisons.seedRound(), SampleComparisons.failedRound(),
                SampleComparisons.hostileRound(), TextReportTest.extremeRound())) {
            Map<String, Object> root = object(StrictJson.parse(json.render(round)));
            assertThat(root).containsEntry("schemaVersion", new BigDecimal(JsonReport.SCHEMA_VERSION));
            assertThat(list(root.get("servers"))).hasSameSizeAs(round.servers());
        }
    }

    @Test
    void aRoundThatWaitedForAnotherSaysHowLongInTheFooterAndTheJson() {
        Comparison c = SampleComparisons.seedRound();
        Comparison waited = new Comparison(c.title(), c.plan(), c.parallel(), c.settle(), c.startedAt(), c.totalTime(),
                c.servers(), c.harness(), java.time.Duration.ofMillis(1500));

        assertThat(object(StrictJson.parse(json.render(waited)))).containsEntry("waitedMs", new BigDecimal("1500"));
        assertThat(TextReport.render(waited, SampleComparisons.HARNESS)).contains("waited 1.50s for other rounds on this machine");
        assertThat(TextReport.render(c, SampleComparisons.HARNESS)).doesNotContain("for other rounds on this machine");
    }

    @Test
    void hostileStringsSurviveEscapingExactly() {
        Comparison round = SampleComparisons.hostileRound();
        String text = json.render(round);
        Map<String, Object> root = object(StrictJson.parse(text));
        List<Object> servers = list(root.get("servers"));

        assertThat(root.get("title")).isEqualTo(round.title());
        assertThat(object(servers.get(0)).get("name")).isEqualTo("<script>alert(1)</script>");
        assertThat(object(servers.get(0)).get("version")).isEqualTo("1.0 \"beta\", 'rc'");
        assertThat(object(servers.get(1)).get("version")).isEqualTo("v2\r\nX-Injected: yes");
        Map<String, Object> samples = object(object(object(object(servers.get(0)).get("hammer")).get("outcomes"))
                .get("samples"));
        assertThat(samples).isEqualTo(round.servers().get(0).hammer().outcomes().samples());
        assertThat(text).doesNotContain("<script>", "</script>").contains("\\u003cscript>", "\\u2028");
    }

    @Test
    void failedServerHasNullLatencyAndExactOutcomes() {
        Map<String, Object> root = object(StrictJson.parse(json.render(SampleComparisons.failedRound())));
        Map<String, Object> crashy = object(list(root.get("servers")).get(1));
        Map<String, Object> hammer = object(crashy.get("hammer"));

        assertThat(object(hammer.get("latency"))).containsEntry("count", BigDecimal.ZERO).containsEntry("p99Ms", null);
        assertThat(object(object(hammer.get("outcomes")).get("counts")))
                .containsExactly(Map.entry("refused", new BigDecimal(14990)),
                        Map.entry("resp-timeout", new BigDecimal(10)));
        assertThat(object(crashy.get("relative"))).containsEntry("speed", "no successes").containsEntry("slowerBy", null);
        Map<String, Object> nginx = object(list(root.get("servers")).get(2));
        assertThat(object(nginx.get("memory"))).containsEntry("before", null).containsEntry("peakRssBytes", null);
        assertThat(nginx).containsEntry("pid", null).containsEntry("launched", false);
    }

    @Test
    void everyFieldIsDocumentedInTheSchema() throws IOException {
        String schema = Files.readString(Path.of("docs/results-json-schema.md"), StandardCharsets.UTF_8);
        java.util.Set<String> names = new java.util.TreeSet<>();
        fieldNames(StrictJson.parse(json.render(SampleComparisons.failedRound())), names);

        assertThat(names).hasSizeGreaterThan(60)
                .allSatisfy(name -> assertThat(schema).as("docs/results-json-schema.md").contains("`" + name + "`"));
        assertThat(schema).contains("# results.json, schema version " + JsonReport.SCHEMA_VERSION);
    }

    /** Member names, except the keys of outcome counts and samples, which are data ("200", "resp-timeout"). */
    private static void fieldNames(Object value, java.util.Set<String> names) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, member) -> {
                names.add((String) key);
                if (!key.equals("counts") && !key.equals("samples")) {
                    fieldNames(member, names);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(element -> fieldNames(element, names));
        }
    }

    @Test
    void python3AgreesItIsJson(@TempDir Path dir) throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/python3"))).as("/usr/bin/python3 present").isTrue();
        Path file = dir.resolve("results.json");
        Files.writeString(file, json.render(SampleComparisons.hostileRound()), StandardCharsets.UTF_8);

        Process python = new ProcessBuilder("/usr/bin/python3", "-c",
                "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'), parse_constant=lambda c: 1/0)",
                file.toString()).redirectErrorStream(true).start();
        try {
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).as("python3 finished within 60 s").isTrue();
            assertThat(python.exitValue()).as(new String(python.getInputStream().readAllBytes())).isZero();
        } finally {
            python.destroyForcibly();
        }
    }

    @Test
    void writerRejectsMisuse() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().value("no name")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginArray().name("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().finish()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().endArray()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writerEscapesLoneSurrogatesAndControlCharacters() {
        String text = new JsonWriter().value("a\uD800b\u0001\u007f\uD83D\uDE00").finish();

        assertThat(text).isEqualTo("\"a\\ud800b\\u0001\u007f\uD83D\uDE00\"\n");
        assertThat(StrictJson.parse(text)).isEqualTo("a\uD800b\u0001\u007f\uD83D\uDE00");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
