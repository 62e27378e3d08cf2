package org.plantrace.docgen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats. */
public enum Format {
    DOCX, HTML, PDF, CSV, XLSX;

    /** A new writer for this format. */
    public DocumentWriter writer() {
        return switch (this) {
            case DOCX -> new org.plantrace.docgen.docx.DocxWriter();
            case HTML -> new org.plantrace.docgen.html.HtmlWriter();
            case PDF -> new org.plantrace.docgen.pdf.PdfWriter();
            case CSV -> new org.plantrace.docgen.csv.CsvWriter();
            case XLSX -> new org.plantrace.docgen.xlsx.XlsxWriter();
        };
    }

    /** Whether the format draws the document's figures (CSV and XLSX hold its tables only). */
    public boolean drawsFigures() {
        return this == DOCX || this == HTML || this == PDF;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> parse(String s) {
        return Arrays.stream(values()).filter(f -> f.cliName().equalsIgnoreCase(s.trim())).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(","));
    }
}
