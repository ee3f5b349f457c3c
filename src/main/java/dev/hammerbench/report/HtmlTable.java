package dev.hammerbench.report;

import java.util.List;

/** A {@link Table} as an HTML table; cells whole (the page scrolls), every one escaped. */
final class HtmlTable {

    /** Columns this narrow in text ("1.8x slower", "9.80ms") read wrong when broken over two lines. */
    private static final int NO_WRAP_WIDTH = 16;

    private HtmlTable() {
    }

    static String render(Table table) {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (Table.Column column : table.columns()) {
            html.append("<th").append(cssClass(column)).append('>').append(Html.escape(column.header()))
                    .append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append("<td").append(cssClass(table.columns().get(c))).append('>')
                        .append(Html.escape(row.get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static String cssClass(Table.Column column) {
        String numeric = column.numeric() ? "num" : "";
        String nowrap = column.whole() || column.maxWidth() <= NO_WRAP_WIDTH ? "nowrap" : "";
        String classes = (numeric + " " + nowrap).strip();
        return classes.isEmpty() ? "" : " class=\"" + classes + "\"";
    }
}
