package org.plantrace.ui.internal.markers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.plantrace.core.validation.Rule;
import org.plantrace.core.validation.SeverityPolicy;
import org.plantrace.ui.PlantraceUi;

/**
 * The team's severity per rule (Window > Preferences > Plantrace > Validation), kept in the workbench's instance
 * preferences as {@code severity.<rule-id>} = error, warning, info or ignore. Unset rules keep {@link Rule}'s
 * defaults.
 */
public final class ValidationPreferences {

    public static final String PREFIX = "severity.";

    private ValidationPreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(PlantraceUi.PLUGIN_ID);
    }

    /** The policy as the preferences set it; a bad stored value is logged and the rule keeps its default. */
    public static SeverityPolicy policy() {
        IEclipsePreferences n = node();
        Map<String, String> settings = new HashMap<>();
        for (Rule r : Rule.values()) {
            String v = n.get(PREFIX + r.id(), null);
            if (v != null) {
                settings.put(r.id(), v);
            }
        }
        try {
            return SeverityPolicy.parse(settings);
        } catch (IllegalArgumentException e) {
            PlantraceUi.log("Validation preferences ignored: " + e.getMessage(), null);
            return SeverityPolicy.defaults();
        }
    }

    /** Sets the rule's severity ({@code error}, {@code warning}, {@code info}, {@code ignore}; null for default). */
    public static void set(Rule rule, String setting) {
        IEclipsePreferences n = node();
        if (setting == null || setting.equals(SeverityPolicy.defaults().settingOf(rule))) {
            n.remove(PREFIX + rule.id());
        } else {
            n.put(PREFIX + rule.id(), setting);
        }
    }

    /** Tells {@code r} when a severity setting changes. */
    public static IPreferenceChangeListener onChange(Runnable r) {
        IPreferenceChangeListener l = e -> {
            if (e.getKey().startsWith(PREFIX)) {
                r.run();
            }
        };
        node().addPreferenceChangeListener(l);
        return l;
    }

    public static void removeListener(IPreferenceChangeListener l) {
        node().removePreferenceChangeListener(l);
    }
}
