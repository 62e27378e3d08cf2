package org.plantrace.core.text;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small streaming JSON writer with two-space indentation; enough for reports, no dependencies. */
public final class Json {

    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    public Json beginObject() {
        value();
        out.append('{');
        first.push(Boolean.TRUE);
        return this;
    }

    public Json endObject() {
        boolean empty = first.pop();
        if (!empty) {
            newline();
        }
        out.append('}');
        return this;
    }

    public Json beginArray() {
        value();
        out.append('[');
        first.push(Boolean.TRUE);
        return this;
    }

    public Json endArray() {
        boolean empty = first.pop();
        if (!empty) {
            newline();
        }
        out.append(']');
        return this;
    }

    public Json name(String name) {
        separator();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public Json value(String s) {
        value();
        if (s == null) {
            out.append("null");
        } else {
            quote(s);
        }
        return this;
    }

    public Json value(long n) {
        value();
        out.append(n);
        return this;
    }

    public Json value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    public Json field(String name, String v) {
        return name(name).value(v);
    }

    public Json field(String name, long v) {
        return name(name).value(v);
    }

    public Json field(String name, boolean v) {
        return name(name).value(v);
    }

    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first.isEmpty()) {
            separator();
        }
    }

    private void separator() {
        if (first.isEmpty()) {
            return;
        }
        if (!first.peek()) {
            out.append(',');
        } else {
            first.pop();
            first.push(Boolean.FALSE);
        }
        newline();
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(first.size()));
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString() + "\n";
    }
}
