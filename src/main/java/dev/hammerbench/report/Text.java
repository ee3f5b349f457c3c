package dev.hammerbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Column arithmetic for monospace output. Width is counted in code points, so "µs" is two
 * columns; East Asian wide characters would count as one and are not corrected for.
 */
final class Text {

    static final int MAX_LINE = 160;
    static final String ELLIPSIS = "…";

    private Text() {
    }

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** {@code text} cut to {@code max} columns, its last column replaced by "…" when it was cut. */
    static String ellipsize(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * {@code text} broken at spaces into lines of at most {@code max} columns, every line after
     * the first indented by {@code indent} spaces: a note under a table is read to its end, so it
     * wraps where a table cell would be cut. A word longer than a line (a URL) is broken inside.
     */
    static List<String> wrap(String text, int max, int indent) {
        if (max <= indent + 1) {
            throw new IllegalArgumentException("a line of " + max + " columns cannot hold an indent of " + indent);
        }
        List<String> lines = new ArrayList<>();
        String rest = text;
        String prefix = "";
        while (width(prefix) + width(rest) > max) {
            int room = max - width(prefix);
            int limit = rest.offsetByCodePoints(0, room);
            int space = rest.lastIndexOf(' ', limit);
            int end = space > 0 && !rest.substring(0, space).isBlank() ? space : limit;
            lines.add(prefix + rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
            prefix = " ".repeat(indent);
        }
        if (lines.isEmpty() || !rest.isEmpty()) {
            lines.add(prefix + rest);
        }
        return lines;
    }

    /**
     * One line of user or server text: control characters (a newline in a server name, a tab in
     * an error message) would break the table's rows, so each becomes a space. Null becomes "".
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(breaksLine(c) ? ' ' : c));
        return line.toString();
    }

    private static boolean breaksLine(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }
}
