package dev.hammerbench.report;

/** Escaping for HTML text, attribute values and inline SVG, which share one rule here. */
final class Html {

    private Html() {
    }

    /**
     * Every character that could end a text node or an attribute value, quoted either way, as
     * an entity: safe in element content and in single- or double-quoted attributes alike.
     * Control characters other than tab and line breaks are not allowed in HTML: they become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }
}
