package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;

/**
 * Appendix H: the local area agreement selections of each laa framework: per measure, the counts held
 * in its {@code laa.*} properties. The known keys have the published column headings; any other
 * {@code laa.*} key gets a column of its own, headed by the key.
 */
public final class LocalAreaAgreements implements SectionBuilder {

    static final String PREFIX = "laa.";

    /** The known count columns, in published order. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("laa.agreed", "Targets agreed by Government Office and Local Authority");
        KNOWN.put("laa.firstYear", "Number of targets set in first year");
        KNOWN.put("laa.local", "Proposed as a local indicator");
        KNOWN.put("laa.total", "Total");
    }

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.LAA);
    }

    @Override
    public Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds());
        if (frameworks.isEmpty()) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        for (Framework f : frameworks) {
            if (frameworks.size() > 1) {
                blocks.add(new Block.Heading(f.getLabel()));
            }
            blocks.add(table(c, f, frameworks.size() == 1 ? "H" : "H-" + f.getId()));
        }
        return new Section("H", "Appendix H: " + Printed.titles(frameworks), blocks);
    }

    private static Table table(Context c, Framework f, String name) {
        List<PriorityItem> items = c.items(f);
        Map<String, String> columns = new LinkedHashMap<>(KNOWN);
        for (PriorityItem item : items) {
            for (Property p : item.getProperties()) {
                if (p.getKey() != null && p.getKey().startsWith(PREFIX) && !columns.containsKey(p.getKey())) {
                    columns.put(p.getKey(), p.getKey().substring(PREFIX.length()));
                }
            }
        }
        List<Cell> head = new ArrayList<>();
        head.add(Cell.text("Local Area Agreement measures"));
        columns.values().forEach(h -> head.add(Cell.text(h)));
        List<Row> body = new ArrayList<>();
        for (PriorityItem item : items) {
            String label = item.getLabel() + (Printed.code(item) == null ? "" : " (" + item.getCode() + ")");
            Line line = new Line(Line.Style.TEXT, Printed.depth(item), null, label, item.getId());
            if (item.isGroup()) {
                body.add(new Row(Row.Kind.GROUP, List.of(Cell.of(line).colSpan(columns.size() + 1))));
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(line));
            for (String key : columns.keySet()) {
                String v = Properties.get(item, key);
                cells.add(v == null ? Cell.empty() : Cell.text(v));
            }
            body.add(Row.body(cells));
        }
        List<Integer> widths = new ArrayList<>();
        widths.add(40);
        columns.keySet().forEach(k -> widths.add(Math.max(8, 60 / columns.size())));
        return new Table(name, widths, List.of(new Row(Row.Kind.HEADER, head)), body);
    }
}
