package org.plantrace.docgen.results;

/**
 * One cell of a results sheet as the file holds it.
 *
 * @param text the cell's text (for a number its plain decimal form; for a formula the formula)
 * @param number the value of a numeric cell, else null
 */
public record SheetCell(Kind kind, String text, Double number) {

    /** What a cell holds. */
    public enum Kind {
        EMPTY, TEXT, NUMBER, BOOLEAN, FORMULA, ERROR
    }

    public static final SheetCell EMPTY = new SheetCell(Kind.EMPTY, "", null);

    public static SheetCell text(String s) {
        return s == null || s.isBlank() ? EMPTY : new SheetCell(Kind.TEXT, s.strip(), null);
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    /** Column letters of a 0-based column index: 0 = A, 26 = AA. */
    public static String columnName(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    /** 0-based column index of column letters ("AA" = 26); -1 for anything else. */
    public static int columnIndex(String letters) {
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}
