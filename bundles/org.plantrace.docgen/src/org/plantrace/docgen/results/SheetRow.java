package org.plantrace.docgen.results;

import java.util.List;

/** One row of a results sheet: the sheet's name, the row's number as a spreadsheet shows it (1-based), its cells. */
public record SheetRow(String sheet, int number, List<SheetCell> cells) {

    public SheetCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : SheetCell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isEmpty);
    }
}
