package dev.hammerbench.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * target/hammerbench/index.html: a dashboard of every round on disk (see {@link IndexPage}). It is rebuilt from what
 * is on disk each time, so calling it after every round (or from parallel test classes) is
 * safe: the last call sees every report, and the page is swapped in whole, never half-written.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportIndex {

    private ReportIndex() {
    }

    /**
     * Scans {@code root/*}{@code /*}{@code /report.html} (a class directory, then a round
     * directory) and writes {@code root/index.html} for them; rounds that started before this JVM are
     * marked as an earlier run's.
     *
     * @return the index file
     * @throws UncheckedIOException naming the directory or file that failed
     */
    public static Path update(Path root) {
        return update(root, Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    static Path update(Path root, Instant runStart) {
        Objects.requireNonNull(root, "root");
        try {
            Files.createDirectories(root);
            List<Path> reports = reports(root);
            Path index = root.resolve("index.html");
            Path temp = Files.createTempFile(root, "index-", ".html.tmp");
            try {
                Files.writeString(temp, IndexPage.render(root, reports, runStart), StandardCharsets.UTF_8);
                move(temp, index);
            } finally {
                Files.deleteIfExists(temp);
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the report index in " + root.toAbsolutePath(), e);
        }
    }

    static List<Path> reports(Path root) throws IOException {
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> classes = Files.list(root)) {
            for (Path dir : classes.filter(Files::isDirectory).toList()) {
                try (Stream<Path> rounds = Files.list(dir)) {
                    rounds.map(round -> round.resolve("report.html")).filter(Files::isRegularFile).forEach(reports::add);
                }
            }
        }
        // Path order, not listing order: the file system's order differs between machines and runs.
        reports.sort((a, b) -> IndexPage.relative(root, a).compareTo(IndexPage.relative(root, b)));
        return reports;
    }

    private static void move(Path temp, Path index) throws IOException {
        try {
            Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
