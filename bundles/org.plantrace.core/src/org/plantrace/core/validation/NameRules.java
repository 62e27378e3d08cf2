package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.plantrace.core.Labels;
import org.plantrace.core.text.Spaces;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Wording;

/**
 * Titles: objectives, key activities, measures and code-less targets need a title or name; a published wording that
 * differs from the title (up to spacing, case and curly quotes) and has not been reviewed is title drift.
 */
final class NameRules {

    private NameRules() {
    }

    static boolean validate(Named n, DiagnosticChain d) {
        boolean ok = true;
        boolean unnamed = Labels.blank(n.getTitle()) && Labels.blank(n.getName());
        boolean needsName = n instanceof CorporateObjective || n instanceof KeyActivity || n instanceof Measure
                || n instanceof AlignmentTarget t && Labels.blank(t.getCode());
        if (unnamed && needsName) {
            report(d, Rule.MISSING_TITLE, n, "has neither a title nor a name");
            ok = false;
        }
        String title = n.getTitle() != null ? n.getTitle() : n.getName();
        for (Wording w : unreviewedWordings(n)) {
            report(d, Rule.TITLE_DRIFT, n, (w.getSource() == null ? "A published table" : w.getSource())
                    + " words the title differently: \"" + w.getText() + "\" (model: \"" + title + "\")");
        }
        return ok;
    }

    static List<Wording> unreviewedWordings(Named n) {
        String title = n.getTitle() != null ? n.getTitle() : n.getName();
        List<Wording> out = new ArrayList<>();
        if (title != null) {
            for (Wording w : n.getWordings()) {
                if (!w.isReviewed() && !sameWording(title, w.getText())) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    static boolean sameWording(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'');
        return Spaces.collapse(n).toLowerCase(Locale.ROOT);
    }
}
