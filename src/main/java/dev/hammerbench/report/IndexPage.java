package dev.hammerbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index page as a dashboard: test classes with the newest round first, each round with its date,
 * plan, servers and key figures (the fastest marked), links to every format, and rounds of an earlier
 * run (started before this JVM) marked as such.
 */
final class IndexPage {

    private static final Pattern TITLE = Pattern.compile("<title>Hammerbench: (.*?)</title>", Pattern.DOTALL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<String> FORMATS = List.of("report.html", "report.md", "results.csv", "results.json");
    private static final String STYLE = "body{font:14px/1.5 system-ui,sans-serif;margin:24px;color:#222}"
            + "h2{margin:28px 0 4px;font-size:18px}section.round{margin:10px 0 18px 12px}"
            + "h3{margin:0;font-size:15px}h3 a{color:#1f5fbf}.meta{color:#555;font-size:13px}"
            + ".earlier{background:#eee;color:#666;border-radius:3px;padding:0 6px;font-size:12px;margin-left:6px}"
            + "section.earlier-run{opacity:.65}table{border-collapse:collapse;margin-top:4px}"
            + "th,td{padding:2px 12px 2px 0;text-align:left}td.num{text-align:right}"
            + "tr.fastest td{font-weight:600}.links a{margin-right:10px}";

    private IndexPage() {
    }

    /** One round on the page: where its files are and what its summary says. */
    private record Round(Path report, String testClass, String path, Optional<IndexEntry> entry, String title) {

        Instant started() {
            return entry.flatMap(IndexEntry::startedAt).orElse(Instant.EPOCH);
        }
    }

    static String render(Path root, List<Path> reports, Instant runStart) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlReport.CSP).append("\">\n")
                .append("<title>Hammerbench reports</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Hammerbench reports</h1>\n");
        if (reports.isEmpty()) {
            html.append("<p>No report yet.</p>\n");
            return html.append("</body>\n</html>\n").toString();
        }
        html.append("<p class=\"meta\">Newest round first. This run started ").append(DATE.format(runStart))
                .append("; rounds from before it are marked <span class=\"earlier\">earlier run</span>.</p>\n");
        for (Map.Entry<String, List<Round>> group : byClass(root, reports).entrySet()) {
            html.append("<h2>").append(Html.escape(group.getKey())).append("</h2>\n");
            for (Round round : group.getValue()) {
                appendRound(html, root, round, runStart);
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Classes ordered by their newest round, newest first; rounds likewise; ties by path. */
    private static Map<String, List<Round>> byClass(Path root, List<Path> reports) {
        Map<String, List<Round>> groups = new LinkedHashMap<>();
        for (Path report : reports) {
            Path relative = root.relativize(report);
            String testClass = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
            Optional<IndexEntry> entry = IndexEntry.read(report.getParent());
            String title = entry.map(IndexEntry::title).filter(t -> !t.isEmpty()).orElseGet(() -> title(report));
            groups.computeIfAbsent(testClass, k -> new ArrayList<>())
                    .add(new Round(report, testClass, relative(root, report), entry, title));
        }
        Comparator<Round> newestFirst = Comparator.comparing(Round::started).reversed().thenComparing(Round::path);
        groups.values().forEach(rounds -> rounds.sort(newestFirst));
        List<Map.Entry<String, List<Round>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.<Map.Entry<String, List<Round>>, Instant>comparing(e -> e.getValue().get(0).started())
                .reversed().thenComparing(Map.Entry::getKey));
        Map<String, List<Round>> result = new LinkedHashMap<>();
        ordered.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** A round of an earlier run: started before this one, or without a summary to tell. */
    static boolean earlier(Optional<IndexEntry> entry, Instant runStart) {
        return entry.flatMap(IndexEntry::startedAt).map(at -> at.isBefore(runStart)).orElse(true);
    }

    private static void appendRound(StringBuilder html, Path root, Round round, Instant runStart) {
        Optional<Instant> started = round.entry().flatMap(IndexEntry::startedAt);
        boolean earlier = earlier(round.entry(), runStart);
        html.append("<section class=\"round").append(earlier ? " earlier-run" : "").append("\">\n<h3><a href=\"")
                .append(Html.escape(href(root, round.report()))).append("\">").append(Html.escape(round.title()))
                .append("</a>");
        if (earlier) {
            html.append("<span class=\"earlier\">earlier run</span>");
        }
        html.append("</h3>\n<div class=\"meta\">")
                .append(started.map(DATE::format).orElse("date unknown")).append(" · ")
                .append(Html.escape(round.path()));
        round.entry().ifPresent(entry -> html.append("<br>").append(Html.escape(entry.plan())));
        html.append("</div>\n<div class=\"links\">");
        for (String format : FORMATS) {
            Path file = round.report().resolveSibling(format);
            if (Files.isRegularFile(file)) {
                html.append("<a href=\"").append(Html.escape(href(root, file))).append("\">").append(format)
                        .append("</a>");
            }
        }
        html.append("</div>\n");
        round.entry().filter(entry -> !entry.servers().isEmpty()).ifPresent(entry -> appendServers(html, entry));
        html.append("</section>\n");
    }

    private static void appendServers(StringBuilder html, IndexEntry entry) {
        html.append("<table>\n<thead><tr><th>server</th><th>ok %</th><th>req/s</th><th>p99</th>"
                + "<th>RSS after (MiB)</th><th>relative</th></tr></thead>\n<tbody>\n");
        for (IndexEntry.Row row : entry.servers()) {
            html.append(row.fastest() ? "<tr class=\"fastest\">" : "<tr>")
                    .append("<td>").append(Html.escape(row.name())).append("</td>")
                    .append("<td class=\"num\">").append(Html.escape(row.okPercent())).append("</td>")
                    .append("<td class=\"num\">").append(Html.escape(row.throughput())).append("</td>")
                    .append("<td class=\"num\">").append(Html.escape(row.p99())).append("</td>")
                    .append("<td class=\"num\">").append(Html.escape(row.rssAfter())).append("</td>")
                    .append("<td>").append(Html.escape(row.speed())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    static String relative(Path root, Path report) {
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

    /** A report without a summary (written by an older version): its title as the report wrote it. */
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
}
