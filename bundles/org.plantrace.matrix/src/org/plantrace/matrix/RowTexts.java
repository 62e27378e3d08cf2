package org.plantrace.matrix;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.StrategicOutcome;

/** The texts of a matrix row: its title (tree column) and its printed reference (row header). */
public final class RowTexts {

    private RowTexts() {
    }

    /** The title shown in the tree column; empty when there is none. */
    public static String label(EObject e) {
        String s = e instanceof Named n ? n.getLabel() : null;
        return s == null ? "" : s;
    }

    /** The printed reference shown in the row header: an outcome's code, 1, KA3, M13. */
    public static String printedRef(EObject e) {
        if (e instanceof StrategicOutcome o) {
            return o.getCode() == null ? "" : o.getCode();
        }
        if (e instanceof CorporateObjective o) {
            return Integer.toString(o.getNumber());
        }
        if (e instanceof KeyActivity ka) {
            return Labels.keyActivity(ka);
        }
        if (e instanceof Measure m) {
            return "M" + (m.getNumber() == null ? "" : m.getNumber());
        }
        return "";
    }
}
