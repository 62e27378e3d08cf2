package org.plantrace.core.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;

/** How every plan rule reports a finding: one diagnostic naming the element, carrying the element and its rule. */
final class Reports {

    private Reports() {
    }

    static void report(DiagnosticChain d, Rule rule, EObject o, String message) {
        if (d == null) {
            return;
        }
        d.add(new BasicDiagnostic(rule.severity().toEmf(), PlanValidator.DIAGNOSTIC_SOURCE, rule.code(),
                Labels.describe(o) + " " + message, new Object[] { o, rule }));
    }
}
