package dev.hammerbench.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer, two-space indented, so the report needs no JSON library. It
 * checks nesting as it goes: a name outside an object or an unclosed container is a bug here,
 * not a file to write.
 */
final class JsonWriter {

    private final StringBuilder json = new StringBuilder();
    /** Per open container: whether it has an element yet, and whether it is an object. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        return begin('{', true);
    }

    JsonWriter endObject() {
        return end('}', true);
    }

    JsonWriter beginArray() {
        return begin('[', false);
    }

    JsonWriter endArray() {
        return end(']', false);
    }

    JsonWriter name(String name) {
        if (open.isEmpty() || !open.peek()[1] || afterName) {
            throw new IllegalStateException("a name belongs directly inside an object: " + name);
        }
        separate();
        string(name);
        json.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String text) {
        if (text == null) {
            return raw("null");
        }
        beforeValue();
        string(text);
        return this;
    }

    JsonWriter value(long number) {
        return raw(Long.toString(number));
    }

    JsonWriter value(boolean flag) {
        return raw(Boolean.toString(flag));
    }

    /** A number already spelled as JSON (see {@link Numbers}); {@code null} writes null. */
    JsonWriter number(String number) {
        return raw(number == null ? "null" : number);
    }

    JsonWriter nullValue() {
        return raw("null");
    }

    String finish() {
        if (!open.isEmpty() || afterName) {
            throw new IllegalStateException("unclosed JSON container: " + open.size() + " still open");
        }
        return json.append('\n').toString();
    }

    private JsonWriter raw(String token) {
        beforeValue();
        json.append(token);
        return this;
    }

    private JsonWriter begin(char bracket, boolean object) {
        beforeValue();
        json.append(bracket);
        open.push(new boolean[] {false, object});
        return this;
    }

    private JsonWriter end(char bracket, boolean object) {
        if (open.isEmpty() || open.peek()[1] != object || afterName) {
            throw new IllegalStateException("cannot close '" + bracket + "' here");
        }
        boolean hadElements = open.pop()[0];
        if (hadElements) {
            newline();
        }
        json.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!open.isEmpty()) {
            if (open.peek()[1]) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            separate();
        } else if (json.length() > 0) {
            throw new IllegalStateException("a JSON document has one top-level value");
        }
    }

    private void separate() {
        boolean[] top = open.peek();
        if (top[0]) {
            json.append(',');
        }
        top[0] = true;
        newline();
    }

    private void newline() {
        json.append('\n').append("  ".repeat(open.size()));
    }

    /**
     * RFC 8259 string: quote, backslash and control characters escaped; U+2028/U+2029 too, since
     * JavaScript before ES2019 reads them as line ends; '<' too, so "</script>" never appears
     * if the JSON is ever pasted into a page.
     */
    private void string(String text) {
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
