package org.plantrace.docgen.results;

/**
 * A row of a results sheet that cannot be imported, with where it is: sheet, row (as the spreadsheet numbers it) and
 * column (letter and header), so the owner can find and fix the cell.
 */
public record ImportProblem(String sheet, int row, String column, String header, String message) {

    @Override
    public String toString() {
        return "sheet '" + sheet + "' row " + row + (column == null ? "" : " column " + column
                + (header == null ? "" : " (" + header + ")")) + ": " + message;
    }
}
