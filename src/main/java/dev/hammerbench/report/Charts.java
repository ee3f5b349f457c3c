package dev.hammerbench.report;

import java.util.List;

/**
 * What the charts of report.html share. A server keeps its palette colour, by declaration
 * index, in every chart ({@link SpeedCharts}, {@link MemoryCharts}); a server a chart cannot
 * show (no response, no memory) is named in a note instead of drawn as a zero.
 */
final class Charts {

    private Charts() {
    }

    static String legend(List<LineChart.Series> lines) {
        StringBuilder html = new StringBuilder("<p class=\"legend\">");
        for (LineChart.Series line : lines) {
            html.append("<span><i style=\"background:").append(Svg.color(line.color())).append("\"></i>")
                    .append(Html.escape(line.name())).append("</span> ");
        }
        return html.append("</p>\n").toString();
    }

    static String notes(List<String> notes) {
        StringBuilder html = new StringBuilder();
        notes.forEach(note -> html.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n"));
        return html.toString();
    }
}
