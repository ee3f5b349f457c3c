package dev.hammerbench.report;

import java.util.ArrayList;
import java.util.List;

/** A {@link Table} as monospace lines: a header, a rule, then the rows, columns two spaces apart. */
final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    static List<String> render(Table table) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columns().stream().map(Table.Column::header).toList());
        table.rows().forEach(cells::add);
        int[] widths = widths(table, cells);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            lines.add(line(table, cells.get(r), widths));
            if (r == 0) {
                lines.add(rule(widths));
            }
        }
        return lines;
    }

    private static int[] widths(Table table, List<List<String>> cells) {
        int[] widths = new int[table.columns().size()];
        for (List<String> row : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], Text.width(cell(table, row, c)));
            }
        }
        return widths;
    }

    private static String cell(Table table, List<String> row, int column) {
        return Text.ellipsize(Text.oneLine(row.get(column)), table.columns().get(column).maxWidth());
    }

    private static String line(Table table, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cell(table, row, c);
            line.append(c == 0 ? "" : GAP);
            line.append(table.columns().get(c).numeric() ? Text.padLeft(cell, widths[c]) : Text.padRight(cell, widths[c]));
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : GAP).append("-".repeat(widths[c]));
        }
        return rule.toString();
    }
}
