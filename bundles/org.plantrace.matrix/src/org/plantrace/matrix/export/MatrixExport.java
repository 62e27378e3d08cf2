package org.plantrace.matrix.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelStore;
import org.plantrace.matrix.CellState;
import org.plantrace.matrix.ColumnSet;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.matrix.RowTexts;
import org.plantrace.matrix.ViewState;

/**
 * The matrix as shown (visible rows in their order, visible columns) as a document table, written by
 * the appendix generator's CSV and XLSX writers: two header rows (frameworks spanning their items, then
 * the items' codes), a "covered by" row with each item's objective count, then one row per visible row
 * with its link count and one mark per cell (see {@link CellState#mark()}).
 */
public final class MatrixExport {

    public static final String TABLE = "matrix";

    private MatrixExport() {
    }

    public static Table table(MatrixModel m) {
        int[] cols = m.visibleColumns();
        ColumnSet columns = m.columns();
        List<Integer> widths = new ArrayList<>();
        widths.add(40);
        widths.add(6);
        for (int i = 0; i < cols.length; i++) {
            widths.add(m.showsCitations(MatrixModel.FIXED_COLUMNS + i) ? 8 : 3);
        }
        List<Cell> groups = new ArrayList<>();
        groups.add(Cell.text(m.columnLabel(MatrixModel.TREE_COLUMN)).rowSpan(2));
        groups.add(Cell.text(m.columnLabel(MatrixModel.COUNT_COLUMN)).rowSpan(2));
        int i = 0;
        while (i < cols.length) {
            int fi = columns.framework(cols[i]);
            int j = i;
            while (j < cols.length && columns.framework(cols[j]) == fi) {
                j++;
            }
            groups.add(Cell.text(columns.frameworkLabel(fi)).colSpan(j - i));
            i = j;
        }
        List<Cell> codes = new ArrayList<>();
        for (int c = 0; c < cols.length; c++) {
            codes.add(Cell.text(m.columnLabel(MatrixModel.FIXED_COLUMNS + c)));
        }
        List<Row> header = List.of(new Row(Row.Kind.HEADER, groups), new Row(Row.Kind.HEADER, codes));

        List<Row> body = new ArrayList<>();
        List<Cell> covered = new ArrayList<>();
        covered.add(Cell.text("Objectives covering the item"));
        covered.add(Cell.empty());
        for (int c = 0; c < cols.length; c++) {
            int g = MatrixModel.FIXED_COLUMNS + c;
            covered.add(Cell.text(m.coverage(g) + (m.isGapColumn(g) ? " (gap)" : "")));
        }
        body.add(Row.body(covered));
        for (int r = 0; r < m.rowCount(); r++) {
            List<Cell> cells = new ArrayList<>();
            String ref = m.rowHeader(r);
            String label = "  ".repeat(m.depth(r)) + (ref.isEmpty() ? "" : ref + " ") + m.rowLabel(r)
                    + (m.isGapRow(r) ? " [no national priority]" : "");
            cells.add(Cell.of(Line.text(label, m.element(r) instanceof org.plantrace.model.Identified id ? id.getId() : null)));
            cells.add(Cell.text(Integer.toString(m.linkCount(r))));
            for (int c = 0; c < cols.length; c++) {
                int g = MatrixModel.FIXED_COLUMNS + c;
                CellState s = m.state(r, g);
                String text = s.mark();
                if (s == CellState.DIRECT && m.showsCitations(g)) {
                    String kas = m.citations(r, g);
                    if (!kas.isEmpty()) {
                        text += " " + kas;
                    }
                }
                cells.add(Cell.text(text));
            }
            body.add(Row.body(cells));
        }
        return new Table(TABLE, widths, header, body);
    }

    public static AppendixDocument document(MatrixModel m) {
        Plan plan = m.plan();
        Map<String, String> props = new LinkedHashMap<>();
        ViewState s = m.state();
        props.put("Rows", s.rowFilter().isEmpty() ? "all" : "matching \"" + s.rowFilter() + "\"");
        props.put("Columns", s.columnFilter().isEmpty() ? "all shown frameworks"
                : "matching \"" + s.columnFilter() + "\"");
        props.put("Gaps only", s.gapsOnly() ? "yes" : "no");
        String title = "Alignment matrix: " + RowTexts.label(plan);
        Section section = new Section("matrix", title, List.of(
                new Block.Paragraph(Line.note("\u25cf linked, \u25d0 key activity cited by the objective's link, "
                        + "\u25cb linked through key activities (or objectives below an outcome), \u00b7 reached "
                        + "indirectly (parent, sub-item, equivalent indicator or whole framework).")),
                table(m)));
        return new AppendixDocument(title, RowTexts.label(plan), plan.getVersion() == null ? "" : plan.getVersion(),
                Instant.now(), props, null, List.of(section));
    }

    /** The file content of the shown matrix in {@code format} (CSV or XLSX). */
    public static byte[] bytes(MatrixModel m, Format format) throws IOException {
        List<Output> out = format.writer().write(document(m), "matrix");
        return out.get(0).bytes();
    }

    /** Writes the shown matrix to {@code file} (atomically), as CSV or XLSX. */
    public static void write(MatrixModel m, Format format, Path file) throws IOException {
        ModelStore.writeAtomically(file, bytes(m, format));
    }
}
