package dev.hammerbench.report;

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
