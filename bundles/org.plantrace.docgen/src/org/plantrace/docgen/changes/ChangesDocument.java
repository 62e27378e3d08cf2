package org.plantrace.docgen.changes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.core.merge.PlanChanges;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;

/**
 * "Changes to the Plan" as a document for the appendix writers (DOCX, HTML, PDF, CSV, XLSX): the differences
 * between two versions, grouped by element in the plan's order, each with its reasons (the commit messages, or the
 * change notes) and who made it when.
 */
public final class ChangesDocument {

    /** The section's key (the CSV file is {@code <base>-changes.csv}). */
    public static final String KEY = "changes";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private ChangesDocument() {
    }

    /**
     * @param planTitle what the file is ("Policing London Business Plan 2009-12")
     * @param from      the earlier version ("commit 1a2b3c4d", "plan-2009.plan")
     * @param to        the later version
     * @param source    where the reasons come from ("commit messages", "change notes")
     */
    public static AppendixDocument build(String planTitle, String from, String to, String source,
            List<PlanChanges.Change> changes, Instant generated) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("Plan", planTitle);
        props.put("From", from);
        props.put("To", to);
        long groups = changes.stream().map(PlanChanges.Change::groupId).distinct().count();
        props.put("Changes", changes.size() + " change(s) to " + groups + " element(s); reasons from " + source);
        List<Block> blocks = new ArrayList<>();
        if (changes.isEmpty()) {
            blocks.add(new Block.Paragraph(Line.text("No changes between the two versions.")));
        } else {
            blocks.add(new Block.Paragraph(Line.note("Each change of the plan from " + from + " to " + to
                    + ", under the element it belongs to, in the order of the plan, with the reason recorded for it.")));
            blocks.add(table(changes));
        }
        return new AppendixDocument(planTitle + ": changes to the plan", planTitle, "", generated, props, null,
                List.of(new Section(KEY, "Changes to the Plan", blocks)));
    }

    private static Table table(List<PlanChanges.Change> changes) {
        List<Row> body = new ArrayList<>();
        String group = null;
        for (PlanChanges.Change c : changes) {
            if (!c.groupId().equals(group)) {
                group = c.groupId();
                body.add(new Row(Row.Kind.GROUP, List.of(Cell.of(Line.text(c.group(), c.groupId())).colSpan(3))));
            }
            body.add(Row.body(List.of(Cell.of(Line.text(c.sentence(), c.elementId())), reasons(c), by(c))));
        }
        List<Row> header = List.of(Row.header(Cell.text("Change"), Cell.text("Reason"), Cell.text("By")));
        return new Table(KEY, List.of(50, 32, 18), header, body, "Element");
    }

    private static Cell reasons(PlanChanges.Change c) {
        if (c.reasons().isEmpty()) {
            return Cell.of(Line.note("no reason recorded"));
        }
        List<Line> lines = new ArrayList<>();
        for (PlanChanges.Reason r : c.reasons()) {
            lines.add(Line.text(r.summary()));
        }
        return Cell.of(lines);
    }

    private static Cell by(PlanChanges.Change c) {
        List<Line> lines = new ArrayList<>();
        for (PlanChanges.Reason r : c.reasons()) {
            if (r.commit() == null) {
                lines.add(Line.note("change note"));
                continue;
            }
            String who = r.author() == null ? "" : r.author();
            String when = r.when() == null ? "" : DAY.format(r.when());
            lines.add(Line.text(who + (when.isEmpty() ? "" : ", " + when)));
            lines.add(Line.note("commit " + r.commit()));
        }
        return lines.isEmpty() ? Cell.empty() : Cell.of(lines);
    }
}
