package dev.hammerbench.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.hammerbench.result.Comparison;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** Writes a round's report files: report.md, results.csv, results.json and report.html. */
@API(status = INTERNAL, since = "0.1")
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes the four files into {@code dir}, creating it, replacing files of an earlier run.
     *
     * @return the files written, in the order above
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> write(Comparison comparison, Path dir) {
        return write(comparison, dir, Harness.name());
    }

    static List<Path> write(Comparison comparison, Path dir, String harnessName) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(dir, "dir");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report directory " + dir.toAbsolutePath(), e);
        }
        for (ReportFormat format : formats(harnessName)) {
            Path file = dir.resolve(format.fileName());
            try {
                Files.writeString(file, format.render(comparison), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write report file " + file.toAbsolutePath(), e);
            }
            written.add(file);
        }
        IndexEntry.of(comparison).write(dir); // for the index page, not a report of its own
        return List.copyOf(written);
    }

    static List<ReportFormat> formats(String harnessName) {
        return List.of(new MarkdownReport(harnessName), new CsvReport(harnessName), new JsonReport(harnessName),
                new HtmlReport(harnessName));
    }
}
