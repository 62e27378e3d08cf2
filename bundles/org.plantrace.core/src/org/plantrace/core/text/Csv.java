package org.plantrace.core.text;

import java.util.List;

/**
 * CSV in RFC 4180 form (comma separated, CRLF line ends, quotes doubled) that spreadsheets open
 * safely: a cell a spreadsheet would evaluate as a formula is prefixed with an apostrophe (see
 * {@link #neutralise}).
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = neutralise(cells.get(i) == null ? "" : cells.get(i));
            if (quoted(v)) {
                quote(out, v);
            } else {
                out.append(v); // straight into the file's text, no string per cell
            }
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
        if (quoted(v)) {
            StringBuilder b = new StringBuilder(v.length() + 8);
            quote(b, v);
            return b.toString();
        }
        return v;
    }

    /** Whether a (neutralised) cell is written in quotes: it holds a comma, quote or line break, or starts or ends with a space. */
    private static boolean quoted(String v) {
        return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith(" ") || v.endsWith(" ");
    }

    /** Appends {@code v} in quotes, its quotes doubled. */
    private static void quote(StringBuilder b, String v) {
        b.append('"');
        int from = 0;
        for (int q = v.indexOf('"'); q >= 0; q = v.indexOf('"', q + 1)) {
            b.append(v, from, q + 1).append('"');
            from = q + 1;
        }
        b.append(v, from, v.length()).append('"');
    }

    /** A plain number: sign, digits with optional thousands separators, decimals, percent. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
            .compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");

    /**
     * Prefixes an apostrophe to values a spreadsheet would run as a formula (OWASP CSV injection): a value whose
     * first character, after any leading spaces and control characters, is {@code = + - @}, and any value starting
     * with a tab or carriage return. A plain signed number such as {@code -2%} or {@code +1,500} is left as it is:
     * a spreadsheet reads it as a number, never as a formula.
     */
    public static String neutralise(String v) {
        if (v.isEmpty()) {
            return v;
        }
        char first = v.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + v;
        }
        int i = 0;
        while (i < v.length() && (Character.isWhitespace(v.charAt(i)) || Character.isISOControl(v.charAt(i))
                || Character.isSpaceChar(v.charAt(i)))) {
            i++;
        }
        if (i == v.length()) {
            return v;
        }
        char c = v.charAt(i);
        if (c == '=' || c == '@') {
            return "'" + v;
        }
        if (c == '+' || c == '-') {
            return i == 0 && NUMBER.matcher(v).matches() ? v : "'" + v;
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
