package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
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
public final class LocalAreaAgreements extends FrameworkItemsSection {

    static final String PREFIX = "laa.";

    /** The known count columns, in published order. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("laa.agreed", "Targets agreed by Government Office and Local Authority");
        KNOWN.put("laa.firstYear", "Number of targets set in first year");
        KNOWN.put("laa.local", "Proposed as a local indicator");
        KNOWN.put("laa.total", "Total");
    }

    public LocalAreaAgreements() {
        super("H", FrameworkKind.LAA);
    }

    @Override
    protected Table table(Context c, Framework f, String name) {
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
        List<Row> body = body(items, columns.size() + 1, LocalAreaAgreements::measure, item -> {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(measure(item)));
            for (String key : columns.keySet()) {
                String v = Properties.get(item, key);
                cells.add(v == null ? Cell.empty() : Cell.text(v));
            }
            return List.of(Row.body(cells));
        });
        List<Integer> widths = new ArrayList<>();
        widths.add(40);
        columns.keySet().forEach(k -> widths.add(Math.max(8, 60 / columns.size())));
        return new Table(name, widths, List.of(new Row(Row.Kind.HEADER, head)), body);
    }

    private static Line measure(PriorityItem item) {
        String label = item.getLabel() + (Printed.code(item) == null ? "" : " (" + item.getCode() + ")");
        return new Line(Line.Style.TEXT, Printed.depth(item), null, label, item.getId());
    }
}
