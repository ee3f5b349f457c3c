package dev.hammerbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table before it is laid out: the same cells become aligned text, Markdown or HTML.
 *
 * @param columns headers, alignment and the widest a text cell may be
 * @param rows cells, one list per row, as many as there are columns
 */
record Table(List<Column> columns, List<List<String>> rows) {

    Table {
        columns = List.copyOf(columns);
        List<List<String>> copies = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, the table has "
                        + columns.size() + " columns: " + row);
            }
            copies.add(List.copyOf(row));
        }
        rows = List.copyOf(copies);
    }

    /** Only the given columns, in the order given. */
    Table select(List<Integer> indexes) {
        List<List<String>> picked = new ArrayList<>();
        for (List<String> row : rows) {
            picked.add(indexes.stream().map(row::get).toList());
        }
        return new Table(indexes.stream().map(columns::get).toList(), picked);
    }

    /**
     * @param header the column title
     * @param numeric right-aligned when true
     * @param maxWidth text cells longer than this are ellipsized; the widths of all columns
     *     together keep a text line within {@link Text#MAX_LINE}
     */
    record Column(String header, boolean numeric, int maxWidth) {

        static Column text(String header, int maxWidth) {
            return new Column(header, false, maxWidth);
        }

        static Column number(String header, int maxWidth) {
            return new Column(header, true, maxWidth);
        }
    }
}
