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
 * Appendix E: per objective, the PSAs and SPPs it is linked to, one row per top-level item. Linked
 * priority actions (and uncoded bullets) print indented under their PSA; when only priority actions
 * are linked, the PSA itself is printed above them as context. Links keep model order: a PSA heading
 * groups consecutive links under it.
 */
public final class Agreements implements SectionBuilder {

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.PSA, FrameworkKind.SPP);
    }

    @Override
    public Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds());
        if (frameworks.isEmpty()) {
            return null;
        }
        String titles = Printed.titles(frameworks);
        List<Row> header = List.of(Row.header(Cell.text(c.objectivesLabel()), Cell.text(titles)));
        var table = ObjectiveTable.build("E", List.of(30, 70), header, c.plan(), o -> {
            List<List<Cell>> rows = new ArrayList<>();
            for (List<Link> group : groups(c.direct(o, kinds()))) {
                rows.add(List.of(Cell.of(lines(group))));
            }
            return rows;
        });
        return new Section("E", "Appendix E: " + c.objectivesLabel() + " aligned to " + titles, List.of(
                new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Each row is a link made at "
                        + c.objectiveLabel().toLowerCase(java.util.Locale.ROOT)
                        + " level to an agreement or priority, or a group of links to its priority actions."))),
                table));
    }

    /** Consecutive links under the same top-level item (or to the same whole framework). */
    static List<List<Link>> groups(List<Link> links) {
        List<List<Link>> groups = new ArrayList<>();
        Object current = null;
        for (Link l : links) {
            Object root = l.target() instanceof PriorityItem item ? Printed.root(item) : l.target();
            if (groups.isEmpty() || root != current) {
                groups.add(new ArrayList<>());
                current = root;
            }
            groups.get(groups.size() - 1).add(l);
        }
        return groups;
    }

    private static List<Line> lines(List<Link> group) {
        List<Line> lines = new ArrayList<>();
        Link first = group.get(0);
        if (first.target() instanceof Framework f) {
            for (Link l : group) {
                lines.add(Line.item(0, "All", f.getLabel(), l.alignment().getId()));
            }
            return lines;
        }
        PriorityItem root = Printed.root((PriorityItem) first.target());
        if (first.target() != root) {
            lines.add(Line.context(0, Printed.code(root), root.getLabel(), root.getId()));
        }
        for (Link l : group) {
            PriorityItem item = (PriorityItem) l.target();
            lines.add(Line.item(Printed.depth(item), Printed.code(item), item.getLabel(), l.alignment().getId()));
        }
        return lines;
    }
}
