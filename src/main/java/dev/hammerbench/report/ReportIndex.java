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

    /**
     * {@code true}: each index update deletes the round folders of earlier runs (started before this
     * JVM, or without a summary to tell) instead of listing them marked; {@code false} (the default) keeps them.
     */
    public static final String PRUNE_KEY = "hammerbench.index.prune";

    private ReportIndex() {
    }

    /**
     * Reads {@link #PRUNE_KEY}'s value, absent meaning false.
     *
     * @throws IllegalArgumentException naming the key, the value and what is accepted
     */
    public static boolean prune(java.util.Optional<String> value) {
        String v = value.map(String::strip).orElse("false");
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException(PRUNE_KEY + " is \"" + value.orElse("") + "\"; accepted: true (delete the"
                + " reports of earlier runs at each index update) or false (keep them, marked as earlier runs)");
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
        return update(root, false);
    }

    /**
     * As {@link #update(Path)}; with {@code pruneEarlier}, the round folders of earlier runs are
     * deleted first (see {@link #PRUNE_KEY}).
     */
    public static Path update(Path root, boolean pruneEarlier) {
        return update(root, Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), pruneEarlier);
    }

    static Path update(Path root, Instant runStart) {
        return update(root, runStart, false);
    }

    static Path update(Path root, Instant runStart, boolean pruneEarlier) {
        Objects.requireNonNull(root, "root");
        try {
            Files.createDirectories(root);
            List<Path> reports = reports(root);
            if (pruneEarlier) {
                reports = prune(root, reports, runStart);
            }
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

    /**
     * Deletes the round folder of every report from before {@code runStart} (the same rounds the page
     * would mark as an earlier run's), and a class folder left empty; returns the reports kept.
     */
    private static List<Path> prune(Path root, List<Path> reports, Instant runStart) throws IOException {
        List<Path> kept = new ArrayList<>();
        for (Path report : reports) {
            if (IndexPage.earlier(IndexEntry.read(report.getParent()), runStart)) {
                Path round = report.getParent();
                deleteTree(round);
                try (Stream<Path> left = Files.list(round.getParent())) {
                    if (left.findAny().isEmpty()) {
                        Files.deleteIfExists(round.getParent());
                    }
                }
            } else {
                kept.add(report);
            }
        }
        return kept;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void move(Path temp, Path index) throws IOException {
        try {
            Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
