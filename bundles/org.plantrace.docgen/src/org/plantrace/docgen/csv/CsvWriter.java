package org.plantrace.docgen.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.text.Csv;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.DocumentWriter;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Output;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;

/**
 * One CSV file per table ({@code <base>-B.csv}, {@code <base>-findings.csv}, ...), RFC 4180 with
 * formula neutralisation (core {@link Csv}), for reworking tables in a spreadsheet: one header row,
 * merged cells repeated in every row they cover, group headings as a column, a cell's lines separated
 * by line breaks. A draft's files start with a one-cell row carrying the draft banner.
 */
public final class CsvWriter implements DocumentWriter {

    @Override
    public Format format() {
        return Format.CSV;
    }

    @Override
    public List<Output> write(AppendixDocument document, String baseName) {
        List<Output> out = new ArrayList<>();
        for (Section s : document.sections()) {
            for (Table t : s.tables()) {
                Csv csv = new Csv();
                if (document.isDraft()) {
                    csv.row(document.draft().banner());
                }
                Flat flat = Flat.of(t);
                csv.row(flat.header());
                flat.rows().forEach(csv::row);
                out.add(new Output(baseName + "-" + t.name() + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
