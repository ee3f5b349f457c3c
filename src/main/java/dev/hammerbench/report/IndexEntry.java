package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerResult;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the index page shows of one round, written beside its report files as {@value #FILE_NAME}
 * (java.util.Properties, so the index reads it without a JSON parser): the title, when it started,
 * the plan, and per server the figures a dashboard row needs, already formatted as the tables print them.
 *
 * @param title the round's title
 * @param startedAt when it started; empty when not known
 * @param plan the plan line of the footer
 * @param servers one row per server, in the round's order
 */
record IndexEntry(String title, Optional<Instant> startedAt, String plan, List<Row> servers) {

    static final String FILE_NAME = "index-entry.properties";

    /**
     * @param name the server's name and version
     * @param okPercent the ok % cell
     * @param throughput the req/s cell
     * @param p99 the p99 cell
     * @param rssAfter RSS after the round, in MiB
     * @param speed the speed table's relative cell: "fastest", "1.8x slower", ...
     */
    record Row(String name, String okPercent, String throughput, String p99, String rssAfter, String speed) {

        boolean fastest() {
            return speed.startsWith(Relative.FASTEST);
        }
    }

    static IndexEntry of(Comparison comparison) {
        List<Row> rows = new ArrayList<>();
        for (ServerResult server : comparison.servers()) {
            var hammer = server.hammer();
            rows.add(new Row(Text.oneLine(server.server().displayName()), Units.percent(hammer.successRate()),
                    Units.rate(hammer.throughput()),
                    hammer.latency().count() == 0 ? Units.UNKNOWN : Units.duration(hammer.latency().p99()),
                    server.hasMemory() ? Units.mib(server.after().orElseThrow().rss()) : Units.UNKNOWN,
                    Relative.speed(comparison, server)));
        }
        return new IndexEntry(comparison.title() == null ? "" : comparison.title(), Optional.ofNullable(comparison.startedAt()),
                Footer.plan(comparison.plan()), rows);
    }

    void write(Path dir) {
        Properties properties = new Properties();
        properties.setProperty("title", title);
        startedAt.ifPresent(at -> properties.setProperty("startedAt", at.toString()));
        properties.setProperty("plan", plan);
        properties.setProperty("servers", Integer.toString(servers.size()));
        for (int i = 0; i < servers.size(); i++) {
            Row row = servers.get(i);
            String prefix = "server." + i + ".";
            properties.setProperty(prefix + "name", row.name());
            properties.setProperty(prefix + "ok", row.okPercent());
            properties.setProperty(prefix + "reqPerSec", row.throughput());
            properties.setProperty(prefix + "p99", row.p99());
            properties.setProperty(prefix + "rssAfterMiB", row.rssAfter());
            properties.setProperty(prefix + "relative", row.speed());
        }
        Path file = dir.resolve(FILE_NAME);
        try {
            StringWriter text = new StringWriter();
            properties.store(text, "Hammerbench round summary for the report index");
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report file " + file.toAbsolutePath(), e);
        }
    }

    /** The entry in {@code dir}; empty when there is none, or it cannot be read (a report from an older version). */
    static Optional<IndexEntry> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            int count = Integer.parseInt(properties.getProperty("servers", "0"));
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String prefix = "server." + i + ".";
                rows.add(new Row(properties.getProperty(prefix + "name", "?"), value(properties, prefix + "ok"),
                        value(properties, prefix + "reqPerSec"), value(properties, prefix + "p99"),
                        value(properties, prefix + "rssAfterMiB"), value(properties, prefix + "relative")));
            }
            String started = properties.getProperty("startedAt");
            return Optional.of(new IndexEntry(properties.getProperty("title", ""),
                    started == null ? Optional.empty() : Optional.of(Instant.parse(started)),
                    properties.getProperty("plan", ""), rows));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String value(Properties properties, String key) {
        return properties.getProperty(key, Units.UNKNOWN);
    }
}
