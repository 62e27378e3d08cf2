package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.trace.Link;
import org.plantrace.core.validation.Rule;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.model.Alignment;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;

/**
 * Appendix B: per objective, each protective service it delivers with the key activities, lead
 * delivery agents and business group activity the alignment records. A link to the framework itself
 * prints as "All".
 */
public final class ProtectiveServices extends ObjectiveLinksSection {

    /** Notes where a link's key activities were published otherwise, when validation flagged the citation. */
    @Override
    public boolean readsFindings() {
        return true;
    }

    public ProtectiveServices() {
        super("B", FrameworkKind.PS);
    }

    @Override
    protected String title(Context c, String services) {
        return services + " integrated into " + c.objectivesInText();
    }

    @Override
    protected String linkedTo(String services) {
        return services + "; key activity numbers are the model's current numbering.";
    }

    @Override
    protected List<Integer> widths() {
        return List.of(22, 16, 12, 17, 33);
    }

    @Override
    protected List<Row> header(Context c, String services) {
        return List.of(
                Row.header(Cell.text(c.objectiveLabel()).rowSpan(2),
                        Cell.text(services + " activities integrated into the objective").colSpan(4)),
                Row.header(Cell.text("Protective service"), Cell.text(c.plan().getActivityLabel() + " number(s)"),
                        Cell.text("Lead delivery agent(s)"), Cell.text("Business group activity")));
    }

    @Override
    protected List<List<Cell>> rows(Context c, List<Link> links) {
        return rowPer(links, l -> row(c, l));
    }

    private static List<Cell> row(Context c, Link l) {
        Alignment a = l.alignment();
        String service = l.target() instanceof Framework ? "All" : l.target().getLabel();
        List<Line> ka = new ArrayList<>();
        ka.add(Line.text(Printed.keyActivities(a.getKeyActivities())));
        if (a.getPublishedKeyActivities() != null && c.flagged(a, Rule.MISSING_KEY_ACTIVITY.id(),
                Rule.CITATION_MISMATCH.id(), Rule.FOREIGN_KEY_ACTIVITY.id())) {
            ka.add(Line.note("published as \u201c" + a.getPublishedKeyActivities() + "\u201d"));
        }
        List<Line> activities = new ArrayList<>();
        if (a.getActivities().size() == 1) {
            activities.add(Line.text(a.getActivities().get(0)));
        } else {
            a.getActivities().forEach(s -> activities.add(Line.bullet(0, s)));
        }
        return List.of(Cell.of(Line.item(0, null, service, a.getId())), Cell.of(ka),
                Cell.text(Printed.businessGroups(a.getLeadAgents())), Cell.of(activities));
    }
}
