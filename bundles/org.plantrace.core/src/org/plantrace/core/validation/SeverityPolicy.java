package org.plantrace.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The severity a team gives each rule: a rule keeps its default ({@link Rule#severity()}) unless the policy sets
 * another, or ignores it (its findings are then not reported). A team may, for example, make title-wording drift
 * information while it works through the errors. Findings of rules the policy does not know keep their severity.
 */
public final class SeverityPolicy {

    /** The value that turns a rule off in {@link #parse(Map)}. */
    public static final String IGNORE = "ignore";

    private static final SeverityPolicy DEFAULTS = new SeverityPolicy(Map.of());

    /** Rule id to severity; an empty Optional means ignored. */
    private final Map<String, Optional<Severity>> overrides;

    private SeverityPolicy(Map<String, Optional<Severity>> overrides) {
        this.overrides = Collections.unmodifiableMap(new HashMap<>(overrides));
    }

    /** Every rule at its default severity. */
    public static SeverityPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy from rule ids to {@code error}, {@code warning}, {@code info} or {@code ignore} (any case); unknown
     * rule ids and values are rejected with a message naming them.
     */
    public static SeverityPolicy parse(Map<String, String> settings) {
        Map<String, Optional<Severity>> m = new HashMap<>();
        for (var e : settings.entrySet()) {
            Rule rule = Rule.ofId(e.getKey());
            if (rule == null) {
                throw new IllegalArgumentException("unknown rule '" + e.getKey() + "'");
            }
            m.put(rule.id(), value(e.getValue(), rule));
        }
        return new SeverityPolicy(m);
    }

    private static Optional<Severity> value(String v, Rule rule) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning" -> Optional.of(Severity.WARNING);
            case "info" -> Optional.of(Severity.INFO);
            case IGNORE -> Optional.empty();
            default -> throw new IllegalArgumentException(
                    "'" + v + "' is not a severity for rule '" + rule.id() + "' (error, warning, info or ignore)");
        };
    }

    /** This policy with {@code rule} at {@code severity} (null: ignored). */
    public SeverityPolicy with(Rule rule, Severity severity) {
        Map<String, Optional<Severity>> m = new HashMap<>(overrides);
        m.put(rule.id(), Optional.ofNullable(severity));
        return new SeverityPolicy(m);
    }

    /** The severity findings of {@code rule} are reported with; empty when the rule is ignored. */
    public Optional<Severity> severityOf(Rule rule) {
        Optional<Severity> o = overrides.get(rule.id());
        return o != null ? o : Optional.of(rule.severity());
    }

    /** The text {@link #parse(Map)} reads for the rule's setting: error, warning, info or ignore. */
    public String settingOf(Rule rule) {
        return severityOf(rule).map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(IGNORE);
    }

    /** The findings as this policy reports them: severities replaced, findings of ignored rules left out. */
    public List<Finding> apply(List<Finding> findings) {
        if (overrides.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Optional<Severity> o = overrides.get(f.rule());
            if (o == null) {
                out.add(f);
            } else if (o.isPresent()) {
                out.add(o.get() == f.severity() ? f
                        : new Finding(o.get(), f.rule(), f.element(), f.elementId(), f.path(), f.file(), f.message()));
            }
        }
        return out;
    }
}
