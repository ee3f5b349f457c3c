package dev.hammerbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The index page itself: one row per report, its path as a link and its round's title. */
final class IndexPage {

    private static final Pattern TITLE = Pattern.compile("<title>Hammerbench: (.*?)</title>", Pattern.DOTALL);

    private IndexPage() {
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
}
