package org.plantrace.core.validation;

/**
 * The validation rules, each with a stable id (printed with findings, usable in filters) and severity. New rules are
 * appended: the EMF diagnostic code of a rule is its position.
 */
public enum Rule {
    UNTRACED_OBJECTIVE("untraced-objective", Severity.ERROR),
    NO_NATIONAL_INDICATOR("no-national-indicator", Severity.WARNING),
    MISSING_KEY_ACTIVITY("missing-key-activity", Severity.ERROR),
    FOREIGN_KEY_ACTIVITY("foreign-key-activity", Severity.ERROR),
    CITATION_MISMATCH("citation-mismatch", Severity.WARNING),
    MISSING_TARGET("missing-target", Severity.ERROR),
    GROUP_TARGET("group-target", Severity.WARNING),
    DUPLICATE_ALIGNMENT("duplicate-alignment", Severity.WARNING),
    UNLISTED_FRAMEWORK("unlisted-framework", Severity.WARNING),
    NO_FRAMEWORKS("no-frameworks", Severity.WARNING),
    UNCOVERED_PRIORITY("uncovered-priority", Severity.INFO),
    UNRESOLVED_REFERENCE("unresolved-reference", Severity.ERROR),
    MISSING_ID("missing-id", Severity.ERROR),
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    MISSING_TITLE("missing-title", Severity.ERROR),
    TITLE_DRIFT("title-drift", Severity.WARNING),
    TARGET_YEAR("target-year", Severity.WARNING),
    DUPLICATE_MEASURE_NUMBER("duplicate-measure-number", Severity.WARNING),
    MODEL_CONSTRAINT("model-constraint", Severity.ERROR),
    NO_NATIONAL_FRAMEWORK_IN_FORCE("no-national-framework-in-force", Severity.INFO),
    LOCAL_OBJECTIVE("local-objective", Severity.INFO),
    ENDED_LINK("ended-link", Severity.WARNING),
    SUSPECT_LINK("suspect-link", Severity.WARNING),
    UNLISTED_PARENT_PLAN("unlisted-parent-plan", Severity.WARNING),
    SUCCEEDED_ITEM("succeeded-item", Severity.INFO),
    WEAKER_SCOPE_TARGET("weaker-scope-target", Severity.WARNING);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The EMF diagnostic code of this rule. */
    public int code() {
        return ordinal() + 1;
    }

    /** The rule with the stable id {@code id}, or null. */
    public static Rule ofId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }

    public static Rule ofCode(int code) {
        Rule[] all = values();
        return code >= 1 && code <= all.length ? all[code - 1] : MODEL_CONSTRAINT;
    }
}
