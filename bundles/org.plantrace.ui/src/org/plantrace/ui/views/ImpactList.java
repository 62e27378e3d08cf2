package org.plantrace.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.plantrace.core.ElementText;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Cover;
import org.plantrace.core.trace.Coverage;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.emf.ElementImages;

/**
 * The lower half of the Coverage view: the impact of the selected priority, i.e. the objectives, key activities and
 * measures that depend on it, and how. Double-click selects the element in the plan editor.
 */
final class ImpactList {

    private final Supplier<PlanEditor> editor;
    private final TreeViewer impact;
    private final Label impactHeader;
    private final org.plantrace.ui.internal.progress.ImpactStatus impactStatus;

    ImpactList(Composite parent, LocalResourceManager resources, Supplier<PlanEditor> currentEditor) {
        this.editor = currentEditor;
        Composite bottom = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(bottom);
        impactHeader = new Label(bottom, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(impactHeader);
        impact = new TreeViewer(bottom, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        impact.getTree().setHeaderVisible(true);
        impact.getTree().setData("org.plantrace.ui.tree", "impact");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(impact.getControl());
        CoverageView.column(impact, "Depends on it", 260, new ImpactColumn());
        CoverageView.column(impact, "How", 190, new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                if (o instanceof ImpactLink l) {
                    return l.how();
                }
                return "";
            }
        });
        impactStatus = new org.plantrace.ui.internal.progress.ImpactStatus(resources);
        // a link from the objective itself would repeat the objective's status: only links from measures show one
        CoverageView.column(impact, "Status", 70, impactStatus.column(o -> o instanceof ImpactLink l
                && l.cover().link().source() instanceof CorporateObjective ? null : impactElement(o)));
        org.plantrace.ui.internal.views.FillColumn.install(impact.getTree(), 0, 160);
        impact.setContentProvider(new ImpactContent());
        impact.addDoubleClickListener(e -> {
            Object o = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
            Object target = impactElement(o);
            PlanEditor editor = this.editor.get();
            if (target != null && editor != null) {
                editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(target));
                editor.getSite().getPage().activate(editor);
            }
        });
    }

    TreeViewer viewer() {
        return impact;
    }

    /** Shows what depends on {@code o} when it is a priority of the plan's {@code index}; else a hint or nothing. */
    void show(Object o, TraceIndex index, Coverage engine) {
        if (impact.getControl().isDisposed()) {
            return;
        }
        if (!(o instanceof PriorityItem item) || index == null) {
            impactHeader.setText(index == null ? "" : "Select a priority to see what depends on it.");
            impact.setInput(null);
            impactHeader.getParent().layout();
            return;
        }
        List<CorporateObjective> objs = index.coveringObjectives(item);
        impactHeader.setText(Labels.printedId(item) + ": " + (objs.isEmpty() ? "no objective depends on it (uncovered)"
                : objs.size() + " objective" + (objs.size() == 1 ? " depends" : "s depend") + " on it"));
        impactHeader.getParent().layout();
        Map<CorporateObjective, List<ImpactLink>> byObjective = new LinkedHashMap<>();
        for (CorporateObjective c : objs) {
            byObjective.put(c, new ArrayList<>());
        }
        for (Cover c : index.covers(item)) {
            byObjective.computeIfAbsent(c.objective(), k -> new ArrayList<>()).add(new ImpactLink(c));
        }
        Map<Object, List<?>> input = new LinkedHashMap<>(byObjective);
        PlanEditor editor = this.editor.get();
        java.nio.file.Path file = editor == null || editor.getFile() == null || editor.getFile().getLocation() == null ? null
                : editor.getFile().getLocation().toFile().toPath();
        var measures = impactStatus.measures(editor == null ? null : editor.getPlan(), file, engine, item);
        if (measures != null) {
            input.put(measures, measures.dependencies());
        }
        impact.setInput(input);
        impact.expandAll();
    }

    /** The model element a row of the impact list stands for: a link's source, a dependency's measure, else itself. */
    private static Object impactElement(Object o) {
        if (o instanceof ImpactLink l) {
            return l.cover().link().source();
        }
        if (o instanceof org.plantrace.core.progress.NationalRisk.Dependency d) {
            return d.row().measure();
        }
        return o;
    }

    /** One route by which an objective depends on the selected priority. */
    record ImpactLink(Cover cover) {
        String how() {
            String via = cover.via().text();
            String published = cover.link().alignment().getPublishedIn();
            return published == null || published.isBlank() ? via : via + ", " + published;
        }
    }

    private static final class ImpactContent implements ITreeContentProvider {
        private Map<?, ?> map;

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            map = newInput instanceof Map<?, ?> m ? m : null;
        }

        @Override
        public Object[] getElements(Object input) {
            return map == null ? new Object[0] : map.keySet().toArray();
        }

        @Override
        public Object[] getChildren(Object o) {
            Object l = map == null ? null : map.get(o);
            return l instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object o) {
            return null;
        }

        @Override
        public boolean hasChildren(Object o) {
            return getChildren(o).length > 0;
        }
    }

    private final class ImpactColumn extends ColumnLabelProvider {
        @Override
        public String getText(Object o) {
            if (o instanceof ImpactLink l) {
                AlignableElement s = l.cover().link().source();
                String from = s instanceof CorporateObjective ? "the objective itself" : ElementText.text(s);
                return from + "  \u2192 " + Labels.printedId(l.cover().link().target());
            }
            if (o instanceof org.plantrace.ui.internal.progress.ImpactStatus.Measures m) {
                return m.label();
            }
            if (o instanceof org.plantrace.core.progress.NationalRisk.Dependency d) {
                return org.plantrace.ui.internal.progress.ImpactStatus.text(d);
            }
            return ElementText.text(o);
        }

        @Override
        public Image getImage(Object o) {
            Object e = impactElement(o);
            return e instanceof org.plantrace.ui.internal.progress.ImpactStatus.Measures ? null : ElementImages.get(e);
        }
    }
}
