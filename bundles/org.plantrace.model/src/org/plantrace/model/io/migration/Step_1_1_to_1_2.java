package org.plantrace.model.io.migration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;
import org.plantrace.model.io.FormatVersion;

/**
 * 1.1 to 1.2, progress against targets: measures gain an indicator definition (unit, polarity, computation, the
 * national indicator they report, tolerances), targets a numeric figure and a scope (corporate, business group,
 * borough, local area agreement), plans a default tolerance; results live in a new file type ({@code .results},
 * root {@code ResultSet}) that refers to the plan's measures by id. Every new feature is optional and defaults to
 * what a 1.1 file meant (a target is corporate; polarity and unit unspecified), so nothing needs converting.
 *
 * <p>The one result a 1.1 file could hold, an {@code apacsYYYY.result} property on an APACS item (Appendix I of
 * the 2009-12 plan prints it), stays where it is: it is what the plan published, and a framework file cannot say
 * which plan's measure it reports. The step reports each one so that its owner can move the figure into a
 * results file against the measure ({@code plantrace results import}).
 */
final class Step_1_1_to_1_2 implements MigrationStep {

    private static final Pattern RESULT_KEY = Pattern.compile("apacs\\d{4}\\.result");

    @Override
    public FormatVersion from() {
        return new FormatVersion(1, 1);
    }

    @Override
    public FormatVersion to() {
        return new FormatVersion(1, 2);
    }

    @Override
    public String summary() {
        return "indicator definitions on measures (unit, polarity, computation, national indicator, tolerance), "
                + "target figures and scopes, a plan default tolerance, and results files; nothing converted, "
                + "results recorded as apacsYYYY.result properties are reported";
    }

    @Override
    public void migrate(MigrationContext context) {
        for (EObject o : context.allObjects()) {
            if (o instanceof PriorityItem item) {
                for (Property p : item.getProperties()) {
                    Matcher m = p.getKey() == null ? null : RESULT_KEY.matcher(p.getKey());
                    if (m != null && m.matches() && p.getValue() != null && !p.getValue().isBlank()) {
                        context.log("item '" + item.getId() + "': property " + p.getKey() + " '" + p.getValue()
                                + "' is a result; format 1.2 holds results in a results file against the plan's "
                                + "measure (kept as printed)");
                    }
                }
            }
        }
    }
}
