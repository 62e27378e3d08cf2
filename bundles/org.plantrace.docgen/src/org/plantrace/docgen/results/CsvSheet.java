package org.plantrace.docgen.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CSV results sheet (RFC 4180: comma separated, quotes doubled, CRLF or LF, UTF-8 with or without BOM). Every
 * cell is text; a cell that starts with '=' is taken as a formula, as a spreadsheet would. The sheet is named after the
 * file.
 */
final class CsvSheet {

    private CsvSheet() {
    }

    static void read(Path file, Consumer<SheetRow> rows) throws IOException {
        String sheet = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException("not UTF-8 text: save the sheet as CSV UTF-8", e);
        }
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        List<SheetCell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int row = 1;
        while (i < n) {
            char c = text.charAt(i);
            boolean quoted = false;
            cell.setLength(0);
            if (c == '"') {
                quoted = true;
                i++;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(q);
                    i++;
                }
            }
            int start = i;
            while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            if (quoted) {
                cell.append(text, start, i);
                cells.add(cell(cell.toString(), true));
            } else {
                cells.add(cell(text.substring(start, i), false));
            }
            if (i >= n) {
                rows.accept(new SheetRow(sheet, row, cells));
                break;
            }
            char end = text.charAt(i);
            i++;
            if (end == '\r' && i < n && text.charAt(i) == '\n') {
                i++;
            }
            if (end != ',') {
                rows.accept(new SheetRow(sheet, row++, cells));
                cells = new ArrayList<>();
            } else if (i >= n) {
                cells.add(SheetCell.EMPTY);
                rows.accept(new SheetRow(sheet, row, cells));
            }
        }
    }

    private static SheetCell cell(String s, boolean quoted) {
        if (!quoted && s.startsWith("=") && s.length() > 1) {
            return new SheetCell(SheetCell.Kind.FORMULA, s, null);
        }
        return SheetCell.text(s);
    }
}
