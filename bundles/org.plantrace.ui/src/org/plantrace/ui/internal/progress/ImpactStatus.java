package org.plantrace.ui.internal.progress;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.plantrace.core.progress.NationalRisk;
import org.plantrace.core.progress.PlanResults;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.Rag;
import org.plantrace.core.trace.Coverage;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;

/**
 * Progress in the Coverage view's impact list: the measures a national priority depends on (through the alignments,
 * as core's {@link NationalRisk} reads them) with their status, and a Status column painting the status of each
 * objective, measure and link source in its colour.
 */
public final class ImpactStatus {

    /** The heading of the group of measures in the impact list. */
    public record Measures(String label, List<NationalRisk.Dependency> dependencies) {
    }

    private final ResourceManager resources;
    private Map<EObject, Rag> status = Map.of();

    public ImpactStatus(ResourceManager resources) {
        this.resources = resources;
    }

    /**
     * The group of measures {@code item} depends on, with results in the project of {@code plan}'s file, or null when
     * none; also refreshes the statuses the column paints.
     */
    public Measures measures(Plan plan, java.nio.file.Path planFile, Coverage coverage, PriorityItem item) {
        if (plan == null || planFile == null) {
            status = Map.of();
            return null;
        }
        List<ProgressRow> rows = PlanResults.rows(plan, planFile);
        status = PlanResults.statusWithObjectives(rows);
        List<NationalRisk.Dependency> deps = NationalRisk.measuresOf(coverage, item, rows);
        if (deps.isEmpty()) {
            return null;
        }
        long risk = deps.stream().filter(d -> d.row().rag().atRisk()).count();
        return new Measures("Measures it depends on: " + deps.size() + " with results, " + risk + " amber or red", deps);
    }

    /** The status of a row of the impact list: a dependency's own, else its element's (or its link source's). */
    public Rag of(Object o, java.util.function.Function<Object, Object> element) {
        if (o instanceof NationalRisk.Dependency d) {
            return d.row().rag();
        }
        Object e = element.apply(o);
        return e instanceof EObject eo ? status.get(eo) : null;
    }

    /** The Status column: the word, on its colour. */
    public ColumnLabelProvider column(java.util.function.Function<Object, Object> element) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                Rag r = of(o, element);
                return r == null ? "" : r.label();
            }

            @Override
            public Color getBackground(Object o) {
                Rag r = of(o, element);
                RGB rgb = r == null ? null : RagColours.of(r);
                return rgb == null ? null : resources.create(ColorDescriptor.createFrom(rgb));
            }

            @Override
            public Color getForeground(Object o) {
                Rag r = of(o, element);
                return r != null && RagColours.of(r) != null ? Display.getCurrent().getSystemColor(SWT.COLOR_WHITE) : null;
            }
        };
    }

    /** The text of a dependency in the impact list: the measure, its part and scope, and the route. */
    public static String text(NationalRisk.Dependency d) {
        ProgressRow r = d.row();
        return r.measureId() + (r.breakdown().isEmpty() ? "" : " / " + r.breakdown())
                + (r.scope().kind() == org.plantrace.model.ScopeKind.CORPORATE ? "" : " [" + r.scope() + "]") + "  "
                + r.measure().getLabel() + "  (" + d.route() + ")";
    }
}
