package org.plantrace.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.FilteredTree;
import org.eclipse.ui.dialogs.PatternFilter;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.AlignmentChoices;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.internal.emf.ElementImages;
import org.plantrace.core.ElementText;

/**
 * Asks which national priority (or whole framework) a new alignment points at: the plan's frameworks, each with its
 * priorities in natural order of their codes; a filter box matches codes and words; a local area agreement's copy of
 * a National Indicator is shown only when asked for (the National Indicator itself is the one to link).
 */
public final class TargetChooser extends Dialog {

    private final String title;
    private final TraceIndex index;
    private boolean localCopies;
    private List<AlignmentChoices.Group> groups;
    private TreeViewer viewer;
    private AlignmentTarget result;

    TargetChooser(Shell shell, String title, TraceIndex index) {
        super(shell);
        this.title = title;
        this.index = index;
        this.groups = AlignmentChoices.of(index, false);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Every item offered (without local copies), for tests and tools. */
    public static List<AlignmentTarget> choices(Plan plan, TraceIndex index) {
        List<AlignmentTarget> out = new ArrayList<>();
        for (AlignmentChoices.Group g : AlignmentChoices.of(index != null ? index : TraceIndex.of(plan), false)) {
            out.add(g.framework());
            out.addAll(g.items());
        }
        return out;
    }

    public static AlignmentTarget choose(Shell shell, String title, Plan plan, TraceIndex index) {
        TargetChooser d = new TargetChooser(shell, title, index != null ? index : TraceIndex.of(plan));
        return d.open() == Window.OK ? d.result : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(760, 560);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        Label l = new Label(c, SWT.WRAP);
        l.setText("Choose the national priority it aligns to (type a code such as 'NI 16' or words of its title)."
                + " Choose a framework itself to align to the whole framework.");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(l);
        PatternFilter filter = new PatternFilter() {
            @Override
            protected boolean isLeafMatch(Viewer v, Object element) {
                return wordMatches(text(element));
            }
        };
        filter.setIncludeLeadingWildcard(true);
        FilteredTree ft = new FilteredTree(c, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION, filter, true,
                true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(ft);
        viewer = ft.getViewer();
        viewer.getTree().setData("org.plantrace.ui.tree", "targetChooser");
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return text(o);
            }

            @Override
            public Image getImage(Object o) {
                return ElementImages.get(o);
            }
        });
        viewer.setInput(groups);
        viewer.expandAll();
        viewer.addSelectionChangedListener(e -> updateOk());
        viewer.addDoubleClickListener(e -> {
            if (selected() != null) {
                okPressed();
            }
        });
        Button copies = new Button(c, SWT.CHECK);
        copies.setText("Show &local area agreement copies of National Indicators");
        copies.addListener(SWT.Selection, e -> {
            localCopies = copies.getSelection();
            groups = AlignmentChoices.of(index, localCopies);
            viewer.setInput(groups);
            viewer.expandAll();
        });
        return c;
    }

    /** A framework reads "NIS  National Indicator Set (the whole framework)"; an item "NI 16  title  [NIS]". */
    static String text(Object o) {
        if (o instanceof AlignmentChoices.Group g) {
            return ElementText.reference(g.framework()) + "  (the whole framework: " + g.framework().getLabel() + ", "
                    + g.items().size() + " priorities)";
        }
        if (o instanceof PriorityItem i) {
            Framework f = Labels.frameworkOf(i);
            String code = f == null ? "" : Labels.blank(f.getCode()) ? f.getLabel() : f.getCode();
            return ElementText.reference(i) + "   [" + code + "]";
        }
        return String.valueOf(o);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateOk();
    }

    private AlignmentTarget selected() {
        Object o = viewer.getStructuredSelection().getFirstElement();
        if (o instanceof AlignmentChoices.Group g) {
            return g.framework();
        }
        return o instanceof PriorityItem i ? i : null;
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null && viewer != null) {
            ok.setEnabled(selected() != null);
        }
    }

    @Override
    protected void okPressed() {
        result = selected();
        super.okPressed();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof AlignmentChoices.Group g ? g.items().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof AlignmentChoices.Group g && !g.items().isEmpty();
        }
    }
}
