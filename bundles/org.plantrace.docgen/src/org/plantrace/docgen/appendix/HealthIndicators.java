package org.plantrace.docgen.appendix;

import java.util.List;

import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Table;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/** Appendix G: the corporate health indicators of each chi framework, as framework data. */
public final class HealthIndicators extends FrameworkItemsSection {

    public HealthIndicators() {
        super("G", FrameworkKind.CHI);
    }

    @Override
    protected Table table(Context c, Framework f, String name) {
        List<Row> body = body(c.items(f), 2, HealthIndicators::title, item -> List.of(Row.body(List.of(
                Cell.text(Printed.code(item) == null ? "" : item.getCode()), Cell.of(title(item))))));
        String heading = f.getName() == null || f.getName().isBlank() ? f.getLabel() : f.getName();
        List<Row> header = List.of(Row.header(Cell.text(heading).colSpan(2)),
                Row.header(Cell.text("Indicator ID"), Cell.text("Indicator")));
        return new Table(name, List.of(12, 88), header, body);
    }

    private static Line title(PriorityItem item) {
        return new Line(Line.Style.TEXT, Printed.depth(item), null, item.getLabel(), item.getId());
    }
}
