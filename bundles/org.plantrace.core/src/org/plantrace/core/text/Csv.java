package org.plantrace.core.text;

import java.util.List;

/**
 * CSV in RFC 4180 form (comma separated, CRLF line ends, quotes doubled) that spreadsheets open
 * safely: a cell starting with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe so it is never evaluated as a formula.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public Csv row(String... cells) {
        return row(List.of(cells));
    }

    /** One cell, neutralised and quoted as needed. */
    public static String cell(String value) {
        String v = neutralise(value == null ? "" : value);
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith(" ") || v.endsWith(" ")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** Prefixes an apostrophe to values a spreadsheet would run as a formula. */
    public static String neutralise(String v) {
        if (!v.isEmpty()) {
            char c = v.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + v;
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
