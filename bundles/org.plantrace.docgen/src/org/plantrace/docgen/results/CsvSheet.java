package org.plantrace.docgen.results;

import java.io.BufferedReader;
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
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<SheetCell> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int row = 1;
            int c;
            boolean first = true;
            while ((c = in.read()) >= 0) {
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (next >= 0) {
                                in.reset();
                            }
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    cells.add(cell(cell, wasQuoted));
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    cells.add(cell(cell, wasQuoted));
                    rows.accept(new SheetRow(sheet, row++, cells));
                    cells = new ArrayList<>();
                    cell.setLength(0);
                    wasQuoted = false;
                } else {
                    cell.append((char) c);
                }
            }
            if (!cell.isEmpty() || !cells.isEmpty()) {
                cells.add(cell(cell, wasQuoted));
                rows.accept(new SheetRow(sheet, row, cells));
            }
        }
    }

    private static SheetCell cell(StringBuilder b, boolean quoted) {
        String s = b.toString();
        if (!quoted && s.startsWith("=") && s.length() > 1) {
            return new SheetCell(SheetCell.Kind.FORMULA, s, null);
        }
        return SheetCell.text(s);
    }
}
