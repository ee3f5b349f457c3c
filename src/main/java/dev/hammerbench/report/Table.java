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
     * @param maxWidth the narrowest a text layout may cut this column to when a line would be wider
     *     than {@link Text#MAX_LINE}; below that a column is never cut, and a column as wide as its
     *     content fits is never cut at all ({@link #whole})
     */
    record Column(String header, boolean numeric, int maxWidth) {

        /** A text column that is never cut, such as a verdict that means nothing when cut. */
        static Column whole(String header) {
            return new Column(header, false, Integer.MAX_VALUE);
        }

        boolean whole() {
            return maxWidth == Integer.MAX_VALUE;
        }

        static Column text(String header, int maxWidth) {
            return new Column(header, false, maxWidth);
        }

        static Column number(String header, int maxWidth) {
            return new Column(header, true, maxWidth);
        }
    }
}
