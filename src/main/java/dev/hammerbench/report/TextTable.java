package dev.hammerbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Table} as monospace lines: a header, a rule, then the rows, columns two spaces apart. Every
 * column is as wide as its content while the line fits {@link Text#MAX_LINE}; past that the text columns
 * with the most to spare are cut, none below its {@link Table.Column#maxWidth()}.
 */
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

    static int[] widths(Table table, List<List<String>> cells) {
        int[] widths = new int[table.columns().size()];
        for (List<String> row : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], Text.width(Text.oneLine(row.get(c))));
            }
        }
        int overflow = lineWidth(widths) - Text.MAX_LINE;
        while (overflow > 0) {
            int widest = mostToSpare(table, widths);
            if (widest < 0) {
                break; // every column is at its floor: the line stays wider than it should
            }
            int cut = Math.min(overflow, widths[widest] - table.columns().get(widest).maxWidth());
            widths[widest] -= cut;
            overflow -= cut;
        }
        return widths;
    }

    /** The column that is furthest above its floor, or -1 when none is. */
    private static int mostToSpare(Table table, int[] widths) {
        int best = -1;
        int spare = 0;
        for (int c = 0; c < widths.length; c++) {
            int columnSpare = widths[c] - table.columns().get(c).maxWidth();
            if (columnSpare > spare) {
                best = c;
                spare = columnSpare;
            }
        }
        return best;
    }

    private static int lineWidth(int[] widths) {
        int width = GAP.length() * Math.max(0, widths.length - 1);
        for (int w : widths) {
            width += w;
        }
        return width;
    }

    private static String line(Table table, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = Text.ellipsize(Text.oneLine(row.get(c)), widths[c]);
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
