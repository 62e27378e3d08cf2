package org.plantrace.docgen.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.progress.Indicators;
import org.plantrace.core.progress.Targets;
import org.plantrace.core.progress.Scope;
import org.plantrace.core.text.Csv;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;

/**
 * An empty data-collection sheet for the owners of measures: one row per measure (of one business group, or all),
 * with its id, indicator, the target of the year and its unit filled in, and the columns {@link ResultsImport} reads
 * left for the owner to fill. The filled sheet imports as it is.
 */
public final class DataCollectionSheet {

    static final List<String> HEADER = List.of("measure", "indicator", "target", "unit", "breakdown", "scope",
            "scope_name", "period_from", "period_to", "value", "text", "status", "commentary");

    private DataCollectionSheet() {
    }

    /** The measures of business group {@code code} (held by it or owned by it), or every measure for null. */
    public static List<Measure> measures(Plan plan, String code) {
        List<Measure> out = new ArrayList<>();
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Measure m && (code == null || ownedBy(m, code))) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean ownedBy(Measure m, String code) {
        if (m.eContainer() instanceof BusinessGroup g && code.equalsIgnoreCase(g.getCode())) {
            return true;
        }
        return m.getOwners().stream().anyMatch(g -> code.equalsIgnoreCase(g.getCode()));
    }

    /** Writes the sheet for {@code year}'s targets to {@code out}: XLSX by its extension, else CSV. */
    public static void write(Plan plan, String code, String year, Path out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : measures(plan, code)) {
            Target t = Targets.of(m, year, Scope.CORPORATE);
            rows.add(List.of(m.getId(), Indicators.printedId(m) + ": " + m.getLabel(), t == null || t.getValue() == null
                    ? "" : t.getValue(), m.getUnit() == null ? "" : ResultsImport.label(m.getUnit()).replace("no unit", ""),
                    "", "corporate", "", "", "", "", "", "provisional", ""));
        }
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            xlsx(rows, code, out);
        } else {
            Csv csv = new Csv().row(HEADER);
            rows.forEach(csv::row);
            Files.writeString(out, csv.toString(), StandardCharsets.UTF_8);
        }
    }

    private static void xlsx(List<List<String>> rows, String code, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.createSheet(code == null ? "Results" : "Results " + code);
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row h = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(HEADER.get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    if (!row.get(i).isEmpty()) {
                        Cell c = x.createCell(i);
                        c.setCellValue(row.get(i));
                        if (i == 7 || i == 8) {
                            c.setCellStyle(text);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(1, 60 * 256);
            wb.write(os);
        }
    }
}
