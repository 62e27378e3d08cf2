package org.plantrace.ui.internal.markers;

import org.plantrace.core.validation.Rule;
import org.plantrace.core.validation.RuleTexts;

/**
 * What each validation rule is called in the Problems view's groups and the Validation preference page. The rule ids
 * and their default severities live in {@link Rule}, their wording for people in {@link RuleTexts}.
 */
public final class RuleLabels {

    /** The rule id of the finding that says validation itself failed (an internal error, not a rule of the plan). */
    public static final String VALIDATION_FAILED = "validation-failed";

    private RuleLabels() {
    }

    /** The rule's name for people; the id itself for a rule this version does not know. */
    public static String label(String ruleId) {
        return VALIDATION_FAILED.equals(ruleId) ? "Validation failed" : RuleTexts.title(ruleId);
    }
}
