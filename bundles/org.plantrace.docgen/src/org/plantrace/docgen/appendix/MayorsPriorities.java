package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * Appendix F: per objective, the Mayor's priorities it is linked to, one per row; a priority grouped
 * under a theme prints the theme in front ("Policing: Cutting excessive form filling for police").
 */
public final class MayorsPriorities implements SectionBuilder {

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.MAYOR);
    }

    @Override
    public Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds());
        if (frameworks.isEmpty()) {
            return null;
        }
        String titles = Printed.titles(frameworks);
        List<Row> header = List.of(Row.header(Cell.text(c.objectivesLabel()), Cell.text(titles)));
        var table = ObjectiveTable.build("F", List.of(30, 70), header, c.plan(), o -> {
            List<List<Cell>> rows = new ArrayList<>();
            for (Link l : c.direct(o, kinds())) {
                rows.add(List.of(Cell.of(line(l))));
            }
            return rows;
        });
        return new Section("F", "Appendix F: " + c.objectivesLabel() + " aligned to " + titles, List.of(
                new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Each row is a link made at "
                        + c.objectiveLabel().toLowerCase(java.util.Locale.ROOT) + " level to " + titles
                        + "; themed priorities print their theme first."))),
                table));
    }

    private static Line line(Link l) {
        String ref = l.alignment().getId();
        if (l.target() instanceof Framework f) {
            return Line.item(0, "All", f.getLabel(), ref);
        }
        PriorityItem item = (PriorityItem) l.target();
        PriorityItem theme = Printed.theme(item);
        return Line.item(0, theme == null ? Printed.code(item) : Printed.shortName(theme), item.getLabel(), ref);
    }
}
