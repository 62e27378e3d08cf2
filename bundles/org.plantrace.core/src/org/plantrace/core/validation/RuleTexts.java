package org.plantrace.core.validation;

import java.util.EnumMap;
import java.util.Map;

/**
 * What each validation rule is called for people and what it checks, in words an analyst can act on: the Problems
 * view's groups, the Validation preference page and the analyst's review document use these, never the rule ids.
 */
public final class RuleTexts {

    /** A rule's name and a sentence saying what it checks and what to do about a finding. */
    public record Text(String title, String explanation) {
    }

    private static final Map<Rule, Text> TEXTS = new EnumMap<>(Rule.class);

    static {
        put(Rule.UNTRACED_OBJECTIVE, "Objective traces to no national priority",
                "An objective should link, itself or through its key activities and measures, to at least one priority "
                        + "of a national framework in force during the plan; link it, or record why it is local only.");
        put(Rule.NO_NATIONAL_INDICATOR, "Objective reaches no National Indicator",
                "While a National Indicator Set is in force, each objective should be measured by at least one National "
                        + "Indicator, directly or through an equivalent APACS indicator.");
        put(Rule.MISSING_KEY_ACTIVITY, "Cited key activity does not exist",
                "A link cites a key activity number the objective does not have; correct the citation or add the "
                        + "key activity.");
        put(Rule.FOREIGN_KEY_ACTIVITY, "Cited key activity belongs to another objective",
                "A link of one objective cites a key activity of another objective; cite the objective's own key activity.");
        put(Rule.CITATION_MISMATCH, "Published citation differs from the linked key activities",
                "The key activities printed in the published table are not those the link records; check which is right.");
        put(Rule.MISSING_TARGET, "Alignment links to nothing",
                "A link has no framework item or framework to point to; choose what it aligns to or delete it.");
        put(Rule.GROUP_TARGET, "Alignment links to a heading",
                "A link points to a group heading of a framework rather than to a priority; link the priority itself.");
        put(Rule.DUPLICATE_ALIGNMENT, "Duplicate alignment",
                "The same element links to the same priority more than once; keep one link.");
        put(Rule.UNLISTED_FRAMEWORK, "Framework linked but not listed",
                "The plan links to a framework it does not list among its frameworks, so its coverage is not counted; "
                        + "list the framework or remove the links.");
        put(Rule.NO_FRAMEWORKS, "Plan lists no frameworks",
                "The plan names no framework to trace to, so nothing can be checked against national priorities.");
        put(Rule.UNCOVERED_PRIORITY, "National priority covered by no objective",
                "A priority of a framework the plan lists is reached by no objective; for information, to decide whether "
                        + "the plan should address it.");
        put(Rule.UNRESOLVED_REFERENCE, "Unresolved reference",
                "The plan refers to an element of another file that cannot be found; restore the file or correct the reference.");
        put(Rule.MISSING_ID, "Missing id", "An element has no identifier, so links to it cannot be kept stable.");
        put(Rule.DUPLICATE_ID, "Duplicate id", "Two elements share an identifier; links to either are ambiguous.");
        put(Rule.MISSING_TITLE, "Missing title", "An element has no title to print.");
        put(Rule.TITLE_DRIFT, "Title worded differently in a published table",
                "A published table prints the title in other words than the model; accept the published wording as "
                        + "reviewed or correct the title, so the printed tables agree.");
        put(Rule.TARGET_YEAR, "Target year outside the plan",
                "A target is set for a year that is not one of the plan's years.");
        put(Rule.DUPLICATE_MEASURE_NUMBER, "Duplicate measure number",
                "Two measures carry the same printed number; renumber one.");
        put(Rule.MODEL_CONSTRAINT, "Model constraint", "The model breaks a structural constraint of its format.");
        put(Rule.NO_NATIONAL_FRAMEWORK_IN_FORCE, "No national framework in force during the plan",
                "None of the plan's frameworks is national and in force during its period, so objectives are not "
                        + "checked one by one.");
        put(Rule.LOCAL_OBJECTIVE, "Local objective",
                "The objective records why it is local only, so tracing to no national priority is expected.");
        put(Rule.ENDED_LINK, "Link to a priority no longer in force",
                "A linked framework or priority ends during the plan's period; move the link to its successor "
                        + "(Replace Framework) or confirm it.");
        put(Rule.SUSPECT_LINK, "Suspect link: the priority changed since the link was reviewed",
                "The wording of a linked priority changed after the link was made or last reviewed; check the link "
                        + "still holds and mark it reviewed.");
        put(Rule.UNLISTED_PARENT_PLAN, "Parent plan linked but not listed",
                "The plan aligns to objectives of a plan it does not list among its parent plans.");
        put(Rule.SUCCEEDED_ITEM, "Linked priority has a successor",
                "A linked priority is succeeded by a priority of a later framework; for information when the plan "
                        + "is carried forward.");
    }

    private RuleTexts() {
    }

    private static void put(Rule r, String title, String explanation) {
        TEXTS.put(r, new Text(title, explanation));
    }

    /** The rule's name and explanation; for a rule id this version does not know, the id in words. */
    public static Text of(String ruleId) {
        Rule r = Rule.ofId(ruleId);
        if (r != null && TEXTS.containsKey(r)) {
            return TEXTS.get(r);
        }
        String words = ruleId == null ? "Other check" : ruleId.replace('-', ' ');
        return new Text(words.isEmpty() ? "Other check" : Character.toUpperCase(words.charAt(0)) + words.substring(1),
                "A check of this version of the product.");
    }

    /** The rule's name for people. */
    public static String title(String ruleId) {
        return of(ruleId).title();
    }
}
