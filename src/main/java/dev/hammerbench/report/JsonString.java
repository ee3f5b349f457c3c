package dev.hammerbench.report;

/** A Java string as a JSON string literal, the one place JSON escaping is decided. */
final class JsonString {

    private JsonString() {
    }

    /**
     * RFC 8259 string: quote, backslash and control characters escaped; U+2028/U+2029 too, since
     * JavaScript before ES2019 reads them as line ends; '<' too, so "</script>" never appears
     * if the JSON is ever pasted into a page.
     */
    static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || Character.isSurrogate(c)
                            && !pairedSurrogate(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** A lone surrogate cannot be written as UTF-8; escaped, it survives as the code unit it was. */
    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
