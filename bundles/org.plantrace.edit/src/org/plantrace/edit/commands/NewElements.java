package org.plantrace.edit.commands;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.ids.Ids;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.Property;
import org.plantrace.model.Target;
import org.plantrace.model.Wording;

/** What a new element starts with before it is added: a fresh id and the defaults a user would type first. */
public final class NewElements {

    private NewElements() {
    }

    /**
     * Gives {@code child} (about to be added to {@code owner}) a fresh id among {@code taken} and its defaults: a
     * placeholder title ("New key activity", from the plan's word {@code kind}), a target's first year without one,
     * a wording's text from its element's label, a property's key.
     */
    public static void prepare(EObject child, EObject owner, String kind, Set<String> taken) {
        Ids.assignFresh(child, owner, taken);
        if (child instanceof Named n && n.getTitle() == null && n.getName() == null) {
            n.setTitle("New " + kind.toLowerCase());
        }
        if (child instanceof Target t && t.getYear() == null && owner instanceof Measure m) {
            Plan plan = ModelCommands.planOf(owner);
            if (plan != null) {
                for (String y : plan.getYears()) {
                    if (m.getTargets().stream().noneMatch(x -> y.equals(x.getYear()))) {
                        t.setYear(y);
                        break;
                    }
                }
            }
        }
        if (child instanceof Wording w && w.getText() == null && owner instanceof Named n) {
            w.setText(n.getLabel());
        }
        if (child instanceof Property p && p.getKey() == null) {
            p.setKey("key");
        }
    }
}
