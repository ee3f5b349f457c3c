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

    private void string(String text) {
        JsonString.quote(json, text);
    }
}
