package org.plantrace.ui.internal.markers;

import java.util.Map;

import org.plantrace.core.validation.Rule;

/**
 * What each validation rule is called in the Problems view's groups and the Validation preference page. The rule ids
 * and their default severities live in {@link Rule}; this is only their wording for people.
 */
public final class RuleLabels {

    /** The rule id of the finding that says validation itself failed (an internal error, not a rule of the plan). */
    public static final String VALIDATION_FAILED = "validation-failed";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(Rule.UNTRACED_OBJECTIVE.id(), "Objective traces to no national priority"),
            Map.entry(Rule.NO_NATIONAL_INDICATOR.id(), "Objective reaches no National Indicator"),
            Map.entry(Rule.MISSING_KEY_ACTIVITY.id(), "Cited key activity does not exist"),
            Map.entry(Rule.FOREIGN_KEY_ACTIVITY.id(), "Cited key activity belongs to another objective"),
            Map.entry(Rule.CITATION_MISMATCH.id(), "Published citation differs from the linked key activities"),
            Map.entry(Rule.MISSING_TARGET.id(), "Alignment links to nothing"),
            Map.entry(Rule.GROUP_TARGET.id(), "Alignment links to a heading"),
            Map.entry(Rule.DUPLICATE_ALIGNMENT.id(), "Duplicate alignment"),
            Map.entry(Rule.UNLISTED_FRAMEWORK.id(), "Framework linked but not listed"),
            Map.entry(Rule.NO_FRAMEWORKS.id(), "Plan lists no frameworks"),
            Map.entry(Rule.UNCOVERED_PRIORITY.id(), "National priority covered by no objective"),
            Map.entry(Rule.UNRESOLVED_REFERENCE.id(), "Unresolved reference"),
            Map.entry(Rule.MISSING_ID.id(), "Missing id"),
            Map.entry(Rule.DUPLICATE_ID.id(), "Duplicate id"),
            Map.entry(Rule.MISSING_TITLE.id(), "Missing title"),
            Map.entry(Rule.TITLE_DRIFT.id(), "Title worded differently in a published table"),
            Map.entry(Rule.TARGET_YEAR.id(), "Target year outside the plan"),
            Map.entry(Rule.DUPLICATE_MEASURE_NUMBER.id(), "Duplicate measure number"),
            Map.entry(Rule.MODEL_CONSTRAINT.id(), "Model constraint"),
            Map.entry(Rule.NO_NATIONAL_FRAMEWORK_IN_FORCE.id(), "No national framework in force during the plan"),
            Map.entry(Rule.LOCAL_OBJECTIVE.id(), "Local objective"),
            Map.entry(Rule.ENDED_LINK.id(), "Link to a priority no longer in force"),
            Map.entry(Rule.SUSPECT_LINK.id(), "Suspect link: the priority changed since the link was reviewed"),
            Map.entry(Rule.UNLISTED_PARENT_PLAN.id(), "Parent plan linked but not listed"),
            Map.entry(VALIDATION_FAILED, "Validation failed"));

    private RuleLabels() {
    }

    /** The rule's name for people; the id itself for a rule this version does not know. */
    public static String label(String ruleId) {
        String s = LABELS.get(ruleId);
        return s != null ? s : ruleId;
    }
}
