package org.plantrace.edit.commands;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.plantrace.core.Labels;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Target;

/**
 * A command under a name that says what it changes, so that Edit > Undo reads "Undo Rename Objective 3" rather than
 * "Undo Set". Executes, undoes and reports affected objects exactly as the command it wraps.
 */
public final class Labelled extends CommandWrapper {

    private Labelled(Command command, String label) {
        super(label, label, command);
    }

    public static Command of(Command command, String label) {
        return new Labelled(command, label);
    }

    /** The name of setting {@code feature} of {@code owner}: "Rename Objective 3", "Change Owner of Measure 4". */
    public static String ofSet(EObject owner, EStructuralFeature feature) {
        String who = owner instanceof Target t ? "Target " + t.getYear()
                + (t.eContainer() == null ? "" : " of " + Labels.shortName(t.eContainer())) : Labels.shortName(owner);
        if (feature == PlantracePackage.Literals.NAMED__TITLE || feature == PlantracePackage.Literals.NAMED__NAME
                || feature == PlantracePackage.Literals.WORDING__TEXT) {
            return "Rename " + who;
        }
        if (feature == PlantracePackage.Literals.TARGET__VALUE) {
            return "Set " + who;
        }
        return "Change " + words(feature.getName()) + " of " + who;
    }

    /** {@code periodStart} as "Period Start". */
    static String words(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i == 0) {
                b.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                b.append(' ').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
