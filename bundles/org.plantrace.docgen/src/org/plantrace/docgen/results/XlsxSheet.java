package org.plantrace.docgen.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Reads an XLSX results sheet by streaming its XML (StAX), so a sheet of a quarter of a million rows reads in seconds
 * in little memory: each cell's type is kept (number, text, formula), as the import refuses formulas and text in
 * number columns. External entities are never resolved.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    /** Reads the sheet named {@code name} (the first sheet when null); returns false when there is no such sheet. */
    static boolean read(Path file, String name, Consumer<SheetRow> rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String sheet = it.getSheetName();
                    if (name == null || name.equals(sheet)) {
                        parse(in, sheet, strings, rows);
                        return true;
                    }
                }
            }
            return false;
        } catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            throw new IOException("not a readable XLSX workbook (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ")) + ")", e);
        }
    }

    /** The names of the workbook's sheets. */
    static List<String> sheetNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Iterator<InputStream> it = new XSSFReader(pkg).getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                names.add(((XSSFReader.SheetIterator) it).getSheetName());
            }
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("not a readable XLSX workbook", e);
        }
        return names;
    }

    private static void parse(InputStream in, String sheet, ReadOnlySharedStringsTable strings, Consumer<SheetRow> rows)
            throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = f.createXMLStreamReader(in);
        List<SheetCell> cells = null;
        int rowNumber = 0;
        int column = -1;
        String type = null;
        String formula = null;
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        boolean inValue = false;
        boolean inInline = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "row" -> {
                        cells = new ArrayList<>();
                        String r = x.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    }
                    case "c" -> {
                        String ref = x.getAttributeValue(null, "r");
                        column = ref == null ? (cells == null ? 0 : cells.size()) : SheetCell.columnIndex(ref.replaceAll("\\d", ""));
                        type = x.getAttributeValue(null, "t");
                        formula = null;
                        value.setLength(0);
                        inline.setLength(0);
                    }
                    case "f" -> formula = x.getElementText();
                    case "v" -> inValue = true;
                    case "t" -> inInline = "inlineStr".equals(type);
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(x.getText());
                } else if (inInline) {
                    inline.append(x.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (x.getLocalName()) {
                    case "v" -> inValue = false;
                    case "t" -> inInline = false;
                    case "c" -> {
                        if (cells != null && column >= 0) {
                            while (cells.size() < column) {
                                cells.add(SheetCell.EMPTY);
                            }
                            cells.add(cell(type, formula, value.toString(), inline.toString(), strings));
                        }
                    }
                    case "row" -> {
                        if (cells != null) {
                            rows.accept(new SheetRow(sheet, rowNumber, cells));
                        }
                        cells = null;
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private static SheetCell cell(String type, String formula, String value, String inline,
            ReadOnlySharedStringsTable strings) {
        if (formula != null) {
            return new SheetCell(SheetCell.Kind.FORMULA, "=" + formula, null);
        }
        if (type == null || type.equals("n")) {
            if (value.isEmpty()) {
                return SheetCell.EMPTY;
            }
            try {
                double d = Double.parseDouble(value);
                return new SheetCell(SheetCell.Kind.NUMBER, value, d);
            } catch (NumberFormatException e) {
                return SheetCell.text(value);
            }
        }
        return switch (type) {
            case "s" -> SheetCell.text(strings.getItemAt(Integer.parseInt(value.strip())).getString());
            case "inlineStr" -> SheetCell.text(inline);
            case "str" -> SheetCell.text(value);
            case "b" -> new SheetCell(SheetCell.Kind.BOOLEAN, "1".equals(value) ? "TRUE" : "FALSE", null);
            case "e" -> new SheetCell(SheetCell.Kind.ERROR, value, null);
            default -> SheetCell.text(value);
        };
    }
}
