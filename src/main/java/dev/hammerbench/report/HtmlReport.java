package dev.hammerbench.report;

import dev.hammerbench.result.Comparison;
import java.util.List;

/**
 * report.html: the tables and four inline SVG charts in one self-contained page. It loads
 * nothing: no script at all, the style inline, and a Content-Security-Policy that forbids every
 * fetch, so the page opens offline and an escaping slip could still not run code.
 */
final class HtmlReport implements ReportFormat {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;max-width:1240px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ccc}
            h3{font-size:15px;margin:16px 0 6px}
            table{border-collapse:collapse;margin:4px 0 8px;font-variant-numeric:tabular-nums}
            th,td{padding:3px 8px;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}
            th{background:#f4f4f4;white-space:nowrap}td{max-width:520px;overflow-wrap:anywhere}
            .num{text-align:right}.nowrap{white-space:nowrap}.meta{color:#555;margin:2px 0}
            .note{color:#a33;margin:2px 0}.legend span{margin-right:16px;white-space:nowrap}
            .legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px}
            svg{max-width:100%;height:auto;font-size:12px;display:block}svg text{fill:#333}
            """;

    private final String harnessName;

    HtmlReport(String harnessName) {
        this.harnessName = harnessName;
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public String render(Comparison comparison) {
        String title = Html.escape(comparison.title());
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Hammerbench: ").append(title).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Hammerbench round: ").append(title).append("</h1>\n");
        for (String line : Footer.lines(comparison)) {
            html.append("<p class=\"meta\">").append(Html.escape(line)).append("</p>\n");
        }
        html.append("<h2>Speed</h2>\n")
                .append(HtmlTable.render(SpeedTable.build(comparison, harnessName, Integer.MAX_VALUE)));
        for (String note : SpeedNotes.lines(comparison)) {
            html.append("<p class=\"").append(note.startsWith("unstable") || note.startsWith("busy") ? "note" : "meta").append("\">")
                    .append(Html.escape(note)).append("</p>\n");
        }
        for (String line : ClientBound.lines(comparison)) {
            html.append("<p class=\"note\">").append(Html.escape(line)).append("</p>\n");
        }
        List<ErrorLines.ErrorLine> errors = ErrorLines.of(comparison);
        if (!errors.isEmpty()) {
            html.append("<h3>Errors</h3>\n").append(HtmlTable.render(MarkdownReport.errorTable(errors, 300)));
        }
        List<KernelLines.KernelLine> kernel = KernelLines.of(comparison);
        if (!kernel.isEmpty()) {
            html.append("<h3>Kernel evidence</h3>\n").append(HtmlTable.render(KernelLines.table(kernel)));
        }
        html.append("<h3>Throughput (successful calls per second)</h3>\n").append(SpeedCharts.throughput(comparison))
                .append("<h3>Latency by percentile (log scale)</h3>\n").append(SpeedCharts.latency(comparison))
                .append("<h2>Memory</h2>\n")
                .append(HtmlTable.render(MemoryTable.build(comparison, harnessName)))
                .append("<p class=\"meta\">").append(Html.escape(MemoryTable.note(comparison))).append("</p>\n")
                .append("<h3>RSS before, after and peak (MiB)</h3>\n").append(MemoryCharts.memory(comparison))
                .append("<h3>RSS over the load (MiB)</h3>\n").append(MemoryCharts.memoryOverTime(comparison))
                .append(BaselineParts.html(comparison))
                .append("<h2>Targets</h2>\n").append(HtmlTable.render(MarkdownReport.targetTable(comparison)))
                .append("</body>\n</html>\n");
        return html.toString();
    }
}
