package org.plantrace.matrix.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plantrace.core.Labels;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.matrix.ColumnSet;

/**
 * The EMF commands behind a matrix cell, undoable on the editing domain's command stack.
 *
 * <ul>
 * <li>Objective or measure row: link adds an alignment to the column's item (or whole framework);
 * unlink removes the row's alignments to it (and to the APACS indicators merged into an NI column).</li>
 * <li>Key-activity row: when the objective already links the item, link cites the key activity in that
 * link (as Appendix B prints "KA3, KA4") and unlink removes the citation; otherwise the key activity gets
 * (or loses) a link of its own, which shows as inherited on the objective's row.</li>
 * </ul>
 */
public final class LinkCommands {

    private static final PlantracePackage P = PlantracePackage.eINSTANCE;

    private LinkCommands() {
    }

    /**
     * The command that makes the cell linked ({@code link}) or unlinked, or null when it already is.
     *
     * @param column the model column (see {@link ColumnSet})
     */
    public static LinkCommand set(EditingDomain domain, EObject element, ColumnSet columns, int column, boolean link) {
        if (!(element instanceof AlignableElement source)) {
            return null;
        }
        AlignmentTarget target = columns.target(column);
        List<Alignment> own = shown(source, columns, column);
        List<Alignment> citing = new ArrayList<>();
        if (source instanceof KeyActivity ka && ka.eContainer() instanceof CorporateObjective o) {
            for (Alignment a : shown(o, columns, column)) {
                if (a.getKeyActivities().contains(ka)) {
                    citing.add(a);
                }
            }
        }
        String what = Labels.printedId(target);
        if (!link) {
            if (own.isEmpty() && citing.isEmpty()) {
                return null;
            }
            LinkCommand cc = new LinkCommand("Unlink " + name(source) + " from " + what, source);
            if (!own.isEmpty()) {
                cc.append(new RemoveCommand(domain, source, P.getAlignableElement_Alignments(), own));
            }
            for (Alignment a : citing) {
                cc.append(new RemoveCommand(domain, a, P.getAlignment_KeyActivities(), source));
            }
            return cc;
        }
        if (!own.isEmpty() || !citing.isEmpty()) {
            return null;
        }
        LinkCommand cc = new LinkCommand("Link " + name(source) + " to " + what, source);
        if (source instanceof KeyActivity ka && ka.eContainer() instanceof CorporateObjective o) {
            List<Alignment> objectiveLinks = shown(o, columns, column);
            if (!objectiveLinks.isEmpty()) {
                cc.append(new AddCommand(domain, objectiveLinks.get(0), P.getAlignment_KeyActivities(), ka));
                return cc;
            }
        }
        Alignment a = PlantraceFactory.eINSTANCE.createAlignment();
        a.setId(org.plantrace.core.ids.Ids.link(source, target));
        a.setTarget(target);
        a.setReviewedAgainst(org.plantrace.core.trace.SuspectLinks.fingerprint(target));
        cc.append(new AddCommand(domain, source, P.getAlignableElement_Alignments(), a));
        return cc;
    }

    /**
     * A command that changes only links (alignments and their cited key activities) of one element, so
     * the matrix can bring just that element's cells up to date after it is executed, undone or redone.
     */
    public static final class LinkCommand extends CompoundCommand {

        private final AlignableElement element;

        LinkCommand(String label, AlignableElement element) {
            super(label);
            this.element = element;
        }

        /** The element whose links the command changes (its objective's cells follow). */
        public AlignableElement element() {
            return element;
        }
    }

    /** The element's alignments shown in the column. */
    public static List<Alignment> shown(AlignableElement e, ColumnSet columns, int column) {
        List<Alignment> out = new ArrayList<>();
        for (Alignment a : e.getAlignments()) {
            if (a.getTarget() != null && columns.shows(column, a.getTarget())) {
                out.add(a);
            }
        }
        return out;
    }

    static String name(EObject e) {
        if (e instanceof CorporateObjective o) {
            return "objective " + o.getNumber();
        }
        if (e instanceof KeyActivity ka) {
            return Labels.keyActivity(ka);
        }
        if (e instanceof Measure m) {
            return "measure " + (m.getNumber() == null ? m.getId() : m.getNumber());
        }
        return Labels.describe(e);
    }
}
