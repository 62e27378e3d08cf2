package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * Appendix E: per objective, the PSAs and SPPs it is linked to, one row per top-level item. Linked
 * priority actions (and uncoded bullets) print indented under their PSA; when only priority actions
 * are linked, the PSA itself is printed above them as context. Links keep model order: a PSA heading
 * groups consecutive links under it.
 */
public final class Agreements extends ObjectiveLinksSection {

    public Agreements() {
        super("E", FrameworkKind.PSA, FrameworkKind.SPP);
    }

    @Override
    protected String linkedTo(String titles) {
        return "an agreement or priority, or a group of links to its priority actions.";
    }

    @Override
    protected List<List<Cell>> rows(Context c, List<Link> links) {
        return rowPer(groups(links), group -> List.of(Cell.of(lines(group))));
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
                lines.add(all(f, l));
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
