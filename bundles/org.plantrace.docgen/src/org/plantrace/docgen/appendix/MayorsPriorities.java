package org.plantrace.docgen.appendix;

import java.util.List;

import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * Appendix F: per objective, the Mayor's priorities it is linked to, one per row; a priority grouped
 * under a theme prints the theme in front ("Policing: Cutting excessive form filling for police"), or, when
 * the theme carries the property {@value #POSITION} = {@code suffix}, behind it in brackets
 * ("Deliver value for money ... (GLA group)"), as the published appendix prints a marker.
 */
public final class MayorsPriorities extends ObjectiveLinksSection {

    public MayorsPriorities() {
        super("F", FrameworkKind.MAYOR);
    }

    /** Property of a theme item saying where its name prints: {@code prefix} (default) or {@code suffix}. */
    static final String POSITION = "print.themePosition";

    @Override
    protected String linkedTo(String titles) {
        return titles + "; themed priorities print their theme first.";
    }

    @Override
    protected List<List<Cell>> rows(Context c, List<Link> links) {
        return rowPer(links, l -> List.of(Cell.of(line(l))));
    }

    private static Line line(Link l) {
        if (l.target() instanceof Framework f) {
            return all(f, l);
        }
        PriorityItem item = (PriorityItem) l.target();
        PriorityItem theme = Printed.theme(item);
        if (theme != null && "suffix".equals(Properties.get(theme, POSITION))) {
            return Line.item(0, Printed.code(item), item.getLabel() + " (" + Printed.shortName(theme) + ")",
                    l.alignment().getId());
        }
        return Line.item(0, theme == null ? Printed.code(item) : Printed.shortName(theme), item.getLabel(),
                l.alignment().getId());
    }
}
