package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/** Appendix G: the corporate health indicators of each chi framework, as framework data. */
public final class HealthIndicators implements SectionBuilder {

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.CHI);
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
            blocks.add(table(f, frameworks.size() == 1 ? "G" : "G-" + f.getId(), c));
        }
        return new Section("G", "Appendix G: " + Printed.titles(frameworks), blocks);
    }

    private static Table table(Framework f, String name, Context c) {
        List<Row> body = new ArrayList<>();
        for (PriorityItem item : c.items(f)) {
            Line title = new Line(Line.Style.TEXT, Printed.depth(item), null, item.getLabel(), item.getId());
            if (item.isGroup()) {
                body.add(new Row(Row.Kind.GROUP, List.of(Cell.of(title).colSpan(2))));
            } else {
                body.add(Row.body(List.of(Cell.text(Printed.code(item) == null ? "" : item.getCode()), Cell.of(title))));
            }
        }
        String heading = f.getName() == null || f.getName().isBlank() ? f.getLabel() : f.getName();
        List<Row> header = List.of(Row.header(Cell.text(heading).colSpan(2)),
                Row.header(Cell.text("Indicator ID"), Cell.text("Indicator")));
        return new Table(name, List.of(12, 88), header, body);
    }
}
