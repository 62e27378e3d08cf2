package org.plantrace.ui.internal.editor;

import org.plantrace.edit.commands.ModelCommands;
import org.plantrace.edit.commands.ReviewCommands;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.plantrace.core.Labels;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.Named;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.ui.internal.editor.pages.TargetsPage;

/**
 * The plan editor's actions: undo/redo, cut/copy/paste, delete (with the alignments that point at what is
 * deleted), new elements, move up/down, rename in place, add alignment, validate. Every edit is one EMF
 * command on the editor's command stack.
 */
public class EditorActions {

    /** Copied elements, shared by all plan editors so that one can copy from last year's plan. */
    private static List<EObject> clipboard = List.of();

    private final PlanEditor editor;

    public final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            stack().undo();
        }
    };
    public final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            stack().redo();
        }
    };
    public final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            delete(selectedEditable());
        }
    };
    public final Action cut = new Action("Cu&t") {
        @Override
        public void run() {
            List<EObject> sel = selectedEditable();
            copy(sel);
            delete(sel);
        }
    };
    public final Action copy = new Action("&Copy") {
        @Override
        public void run() {
            copy(selectedEditable());
        }
    };
    public final Action paste = new Action("&Paste") {
        @Override
        public void run() {
            EObject owner = single();
            if (owner != null) {
                execute(ModelCommands.paste(domain(), owner, clipboard));
            }
        }
    };
    public final Action moveUp = new Action("Move &Up\tAlt+Up") {
        @Override
        public void run() {
            EObject o = single();
            if (o != null) {
                execute(ModelCommands.move(domain(), o, -1));
            }
        }
    };
    public final Action moveDown = new Action("Move Do&wn\tAlt+Down") {
        @Override
        public void run() {
            EObject o = single();
            if (o != null) {
                execute(ModelCommands.move(domain(), o, +1));
            }
        }
    };
    public final Action rename = new Action("Re&name\tF2") {
        @Override
        public void run() {
            if (editor.getActivePageInstance() instanceof TargetsPage targets) {
                targets.editFocusedCell(); // F2 on the Targets page edits the year's target in the focused cell
                return;
            }
            EObject o = single();
            if (o != null) {
                viewer().editElement(o, 0);
            }
        }
    };
    public final Action addAlignment = new Action("Add &Alignment...") {
        @Override
        public void run() {
            EObject o = single();
            if (o instanceof AlignableElement a) {
                createChild(a, PlantracePackage.Literals.ALIGNABLE_ELEMENT__ALIGNMENTS,
                        PlantraceFactory.eINSTANCE.createAlignment(), -1, false);
            }
        }
    };
    /** Marks the published wordings of the selected elements that differ from their titles as reviewed. */
    public final Action acceptWordings = new Action("Accept Published &Wordings") {
        @Override
        public void run() {
            acceptWordings(selectedEditable());
        }
    };

    /**
     * Marks the published wordings of {@code elements} that differ from their titles as reviewed, in one undoable
     * command; false when there was none.
     */
    public boolean acceptWordings(Collection<? extends EObject> elements) {
        Command c = ReviewCommands.acceptWordings(domain(), elements);
        if (c == null) {
            return false;
        }
        stack().execute(c);
        return true;
    }

    /** Marks the suspect (or not yet recorded) links of the selected elements reviewed, in one undoable command. */
    public final Action reviewLinks = new Action("Mark Links &Reviewed") {
        @Override
        public void run() {
            reviewLinks(selectedEditable());
        }
    };

    /**
     * Records the current wording of the targets of the suspect links among {@code elements} as reviewed, in one
     * undoable command; false when there was none.
     */
    public boolean reviewLinks(Collection<? extends EObject> elements) {
        Command c = ReviewCommands.reviewLinks(domain(), elements);
        if (c == null) {
            return false;
        }
        stack().execute(c);
        return true;
    }

    public final Action validate = new Action("&Validate") {
        @Override
        public void run() {
            editor.validate();
            try {
                editor.getSite().getPage().showView(org.plantrace.ui.PlantraceUi.PROBLEMS_VIEW_ID, null,
                        org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
    };
    public final Action showDetails = new Action("Show &Wordings and Properties", IAction.AS_CHECK_BOX) {
        @Override
        public void run() {
            editor.setShowDetails(isChecked());
        }
    };
    public final Action expandAll = new Action("E&xpand All") {
        @Override
        public void run() {
            viewer().expandAll();
        }
    };
    public final Action collapseAll = new Action("C&ollapse All") {
        @Override
        public void run() {
            viewer().collapseAll();
            viewer().expandToLevel(2);
        }
    };

    public EditorActions(PlanEditor editor) {
        this.editor = editor;
        editor.addPageChangedListener(e -> update()); // what F2 does depends on the page
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setId(ActionFactory.UNDO.getId());
        undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setId(ActionFactory.REDO.getId());
        redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete.setId(ActionFactory.DELETE.getId());
        delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        cut.setId(ActionFactory.CUT.getId());
        cut.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_CUT);
        cut.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
        copy.setId(ActionFactory.COPY.getId());
        copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
        copy.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        paste.setId(ActionFactory.PASTE.getId());
        paste.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_PASTE);
        paste.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
        addAlignment.setImageDescriptor(PlantraceUi.imageDescriptor("icons/obj16/alignment.png"));
        validate.setImageDescriptor(PlantraceUi.imageDescriptor("icons/etool16/validate.png"));
        showDetails.setChecked(editor.isShowDetails());
        TreeViewer v = viewer();
        if (v != null) {
            v.addSelectionChangedListener(e -> update());
            v.getControl().addListener(SWT.KeyDown, e -> {
                if ((e.stateMask & SWT.ALT) != 0 && e.keyCode == SWT.ARROW_UP) {
                    moveUp.run();
                    e.doit = false;
                } else if ((e.stateMask & SWT.ALT) != 0 && e.keyCode == SWT.ARROW_DOWN) {
                    moveDown.run();
                    e.doit = false;
                }
            });
        }
        update();
    }

    PlanEditor editor() {
        return editor;
    }

    private TreeViewer viewer() {
        return editor.getViewer();
    }

    EditingDomain domain() {
        return editor.getEditingDomain();
    }

    private CommandStack stack() {
        return domain().getCommandStack();
    }

    List<EObject> selectedEditable() {
        List<EObject> out = new ArrayList<>();
        TreeViewer v = viewer();
        if (v == null) {
            return out;
        }
        for (Object o : v.getStructuredSelection()) {
            if (o instanceof EObject e && e.eResource() == editor.getResource()) {
                out.add(e);
            }
        }
        return out;
    }

    EObject single() {
        List<EObject> s = selectedEditable();
        return s.size() == 1 ? s.get(0) : null;
    }

    /** Enables the actions for the current selection and command stack. */
    public void update() {
        CommandStack s = stack();
        undo.setEnabled(s.canUndo());
        undo.setText(s.canUndo() ? "&Undo " + s.getUndoCommand().getLabel() : "&Undo");
        redo.setEnabled(s.canRedo());
        redo.setText(s.canRedo() ? "&Redo " + s.getRedoCommand().getLabel() : "&Redo");
        List<EObject> sel = selectedEditable();
        boolean nonRoot = !sel.isEmpty() && sel.stream().allMatch(e -> e.eContainer() != null);
        delete.setEnabled(nonRoot);
        cut.setEnabled(nonRoot);
        copy.setEnabled(nonRoot);
        EObject one = sel.size() == 1 ? sel.get(0) : null;
        paste.setEnabled(one != null && !clipboard.isEmpty());
        moveUp.setEnabled(one != null && ModelCommands.move(domain(), one, -1).canExecute());
        moveDown.setEnabled(one != null && ModelCommands.move(domain(), one, +1).canExecute());
        rename.setEnabled(editor.getActivePageInstance() instanceof TargetsPage
                || one != null && TitleEditingSupport.feature(one) != null);
        addAlignment.setEnabled(one instanceof AlignableElement);
        long unreviewed = sel.stream().filter(Named.class::isInstance)
                .mapToLong(e -> org.plantrace.core.validation.PlanValidator.unreviewedWordings((Named) e).size()).sum();
        acceptWordings.setEnabled(unreviewed > 0);
        acceptWordings.setToolTipText(unreviewed + " published wording(s) differ from the title: accept them as reviewed,"
                + " so validation stops reporting them");
        int toReview = ReviewCommands.linksToReview(sel).size();
        reviewLinks.setEnabled(toReview > 0);
        reviewLinks.setToolTipText(toReview + " link(s) whose target changed its wording since the link was reviewed"
                + " (or never recorded): mark them reviewed after checking them");
        validate.setEnabled(editor.getRoot() != null);
    }

    /** Installs the editor's handlers for the workbench's global Edit actions. */
    public void setGlobalHandlers(IActionBars bars, boolean editing) {
        EditorMenus.setGlobalHandlers(this, bars, editing);
    }

    public void fillContextMenu(IMenuManager m) {
        EditorMenus.fillContextMenu(this, m);
    }

    /**
     * Adds a new element: gives it a fresh id and a placeholder title, asks for an alignment's target,
     * executes one command ("New Key activity"), selects it and, if asked, starts renaming it in place.
     *
     * @return the element added, or null when the user cancelled or it could not be added
     */
    public EObject createChild(EObject owner, EStructuralFeature feature, EObject child, int index,
            boolean startEditing) {
        return NewElement.add(editor, owner, feature, child, index, startEditing);
    }

    private void execute(Command c) {
        if (c != null && c.canExecute()) {
            stack().execute(c);
        }
    }

    private void copy(List<EObject> sel) {
        if (!sel.isEmpty()) {
            clipboard = List.copyOf(EcoreUtil.copyAll(roots(sel)));
            update();
        }
    }

    private static List<EObject> roots(Collection<EObject> sel) {
        List<EObject> out = new ArrayList<>();
        for (EObject e : sel) {
            if (sel.stream().noneMatch(o -> o != e && EcoreUtil.isAncestor(o, e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Deletes after confirmation when other elements refer to what is deleted. */
    public void delete(List<EObject> sel) {
        if (sel.isEmpty()) {
            return;
        }
        ModelCommands.Deletion d = ModelCommands.deletion(sel, editor.getResource());
        if (d.selected().isEmpty()) {
            return;
        }
        String usages = OtherPlanLinks.describe(editor, d);
        if (!d.alignments().isEmpty() || !d.unlinked().isEmpty() || usages != null) {
            String what = d.selected().size() == 1 ? Labels.describe(d.selected().get(0))
                    : d.selected().size() + " elements";
            String consequences = d.consequences() + (usages == null ? "" : "\n\n" + usages);
            if (!Prompts.get().confirmDelete(editor.getSite().getShell(), what, consequences)) {
                return;
            }
        }
        execute(ModelCommands.delete(domain(), d));
    }

    /** For tests: whether the editor would ask before saving. */
    public boolean isSaveNeeded() {
        return ((BasicCommandStack) stack()).isSaveNeeded();
    }

    /** For tests: the selection as the editor sees it. */
    public IStructuredSelection selection() {
        return viewer() == null ? StructuredSelection.EMPTY : viewer().getStructuredSelection();
    }

}
