package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.plantrace.core.Labels;
import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * Appendix D: per objective, the National Indicators it is linked to, each with the APACS indicator it
 * corresponds to and its definition, and the APACS indicators it is linked to directly. APACS items
 * print with the framework code in front ({@code APACS SPI 6.2}) as both kinds share one column.
 */
public final class Indicators extends ObjectiveLinksSection {

    public Indicators() {
        super("D", FrameworkKind.NI, FrameworkKind.APACS);
    }

    @Override
    protected String linkedTo(String titles) {
        return titles + ".";
    }

    @Override
    protected List<List<Cell>> rows(Context c, List<Link> links) {
        return rowPer(links, l -> List.of(Cell.of(lines(l))));
    }

    private static List<Line> lines(Link l) {
        if (l.target() instanceof Framework f) {
            return List.of(all(f, l));
        }
        PriorityItem item = (PriorityItem) l.target();
        String text = item.getLabel();
        String equivalents = item.getCorrespondsTo().stream().filter(e -> !e.eIsProxy())
                .map(Indicators::lead).collect(Collectors.joining(", "));
        if (!equivalents.isEmpty()) {
            text += " (" + equivalents + ")";
        }
        List<Line> lines = new ArrayList<>();
        lines.add(Line.item(0, lead(item), text, l.alignment().getId()));
        if (!Labels.blank(item.getDescription())) {
            for (String d : item.getDescription().split("\\R")) {
                if (!d.isBlank()) {
                    lines.add(Line.bullet(1, d.strip()));
                }
            }
        }
        return lines;
    }

    /** {@code NI 16}; {@code APACS SPI 5.2} (an APACS code alone would not say which scheme it is). */
    static String lead(PriorityItem item) {
        String id = Labels.printedId(item);
        Framework f = Labels.frameworkOf(item);
        if (f != null && f.getKind() == FrameworkKind.APACS && !Labels.blank(f.getCode())
                && !id.startsWith(f.getCode())) {
            return f.getCode() + " " + id;
        }
        return id;
    }
}
