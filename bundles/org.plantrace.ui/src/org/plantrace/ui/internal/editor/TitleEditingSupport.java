package org.plantrace.ui.internal.editor;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.plantrace.model.Named;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Property;
import org.plantrace.model.Target;
import org.plantrace.model.Wording;

/**
 * In-place renaming in the tree (F2, or right after creating an element): edits the text the tree shows
 * (a title, or the name when there is no title; a target's value; a wording's text) with one SetCommand.
 */
public class TitleEditingSupport extends EditingSupport {

    private final EditingDomain domain;
    private final TextCellEditor editor;

    public TitleEditingSupport(TreeViewer viewer, EditingDomain domain) {
        super(viewer);
        this.domain = domain;
        this.editor = new TextCellEditor(viewer.getTree(), SWT.SINGLE);
    }

    /** The attribute edited in place for {@code o}, or null. */
    public static EAttribute feature(Object o) {
        if (o instanceof Named n) {
            boolean hasTitle = n.getTitle() != null && !n.getTitle().isBlank();
            boolean hasName = n.getName() != null && !n.getName().isBlank();
            return !hasTitle && hasName ? PlantracePackage.Literals.NAMED__NAME : PlantracePackage.Literals.NAMED__TITLE;
        }
        if (o instanceof Target) {
            return PlantracePackage.Literals.TARGET__VALUE;
        }
        if (o instanceof Wording) {
            return PlantracePackage.Literals.WORDING__TEXT;
        }
        if (o instanceof Property) {
            return PlantracePackage.Literals.PROPERTY__VALUE;
        }
        return null;
    }

    @Override
    protected boolean canEdit(Object element) {
        return element instanceof EObject e && feature(e) != null && e.eResource() != null
                && !domain.isReadOnly(e.eResource());
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected Object getValue(Object element) {
        Object v = ((EObject) element).eGet(feature(element));
        return v == null ? "" : v;
    }

    @Override
    protected void setValue(Object element, Object value) {
        EObject e = (EObject) element;
        EAttribute f = feature(e);
        String s = value == null ? null : value.toString().strip();
        if (s != null && s.isEmpty()) {
            s = null;
        }
        if (Objects.equals(s, e.eGet(f))) {
            return;
        }
        Command c = SetCommand.create(domain, e, f, s);
        if (c.canExecute()) {
            domain.getCommandStack().execute(c);
        }
    }
}
