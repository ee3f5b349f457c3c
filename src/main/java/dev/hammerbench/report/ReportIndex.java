package dev.hammerbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * target/hammerbench/index.html: a link to every report.html of the run. It is rebuilt from what
 * is on disk each time, so calling it after every round (or from parallel test classes) is
 * safe: the last call sees every report, and the page is swapped in whole, never half-written.
 */
public final class ReportIndex {

    private static final Pattern TITLE = Pattern.compile("<title>Hammerbench: (.*?)</title>", Pattern.DOTALL);

    private ReportIndex() {
    }

    /**
     * Scans {@code root/*}{@code /*}{@code /report.html} (a class directory, then a round
     * directory) and writes {@code root/index.html} linking them, ordered by path.
     *
     * @return the index file
     * @throws UncheckedIOException naming the directory or file that failed
     */
    public static Path update(Path root) {
        Objects.requireNonNull(root, "root");
        try {
            Files.createDirectories(root);
            List<Path> reports = reports(root);
            Path index = root.resolve("index.html");
            Path temp = Files.createTempFile(root, "index-", ".html.tmp");
            try {
                Files.writeString(temp, render(root, reports), StandardCharsets.UTF_8);
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
        reports.sort((a, b) -> relative(root, a).compareTo(relative(root, b)));
        return reports;
    }

    static String render(Path root, List<Path> reports) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlReport.CSP).append("\">\n")
                .append("<title>Hammerbench reports</title>\n<style>body{font:14px/1.5 system-ui,sans-serif;margin:24px}")
                .append("td{padding:2px 12px 2px 0}</style>\n</head>\n<body>\n<h1>Hammerbench reports</h1>\n");
        if (reports.isEmpty()) {
            html.append("<p>No report yet.</p>\n");
        } else {
            html.append("<table>\n");
            for (Path report : reports) {
                String path = relative(root, report);
                html.append("<tr><td><a href=\"").append(Html.escape(href(root, report))).append("\">")
                        .append(Html.escape(path)).append("</a></td><td>").append(Html.escape(title(report)))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String relative(Path root, Path report) {
        return root.relativize(report).toString().replace('\\', '/');
    }

    /** Each path segment percent-encoded, so a directory named "a#b" or "x?y" still links right. */
    static String href(Path root, Path report) {
        List<String> segments = new ArrayList<>();
        root.relativize(report).forEach(segment -> segments.add(percentEncode(segment.toString())));
        return String.join("/", segments);
    }

    private static String percentEncode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    /** The round's title as the report wrote it, unescaped here and escaped again by the caller. */
    private static String title(Path report) {
        try {
            Matcher matcher = TITLE.matcher(Files.readString(report, StandardCharsets.UTF_8));
            return matcher.find() ? unescape(matcher.group(1)) : "";
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static void move(Path temp, Path index) throws IOException {
        try {
            Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
