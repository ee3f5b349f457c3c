package dev.hammerbench.report;

import java.util.List;
import java.util.stream.Collectors;

/** A {@link Table} as a GitHub/CommonMark pipe table; cells are never cut, Markdown does not need a width. */
final class MarkdownTable {

    /** ASCII punctuation that would start markup, a link, raw HTML, an entity or a new cell. */
    private static final String SPECIAL = "\\`*_[]<|&~";

    private MarkdownTable() {
    }

    static String render(Table table) {
        StringBuilder md = new StringBuilder();
        md.append(row(table.columns().stream().map(Table.Column::header).toList()));
        md.append(table.columns().stream().map(c -> c.numeric() ? "--:" : ":--")
                .collect(Collectors.joining(" | ", "| ", " |\n")));
        table.rows().forEach(r -> md.append(row(r)));
        return md.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(MarkdownTable::escape).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** One line, every markup character backslash-escaped (CommonMark allows it for all ASCII punctuation). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        Text.oneLine(text).codePoints().forEach(c -> {
            if (c < 128 && SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}
