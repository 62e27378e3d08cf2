package org.plantrace.ui.internal.editor;

import org.plantrace.edit.commands.ModelCommands;
import org.plantrace.core.ids.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.plantrace.core.Labels;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Framework;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Property;
import org.plantrace.model.Target;
import org.plantrace.model.Wording;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;
import org.plantrace.core.ElementText;

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
        org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand(
                "Accept Published Wordings");
        for (EObject e : elements) {
            if (e instanceof Named n) {
                for (Wording w : org.plantrace.core.validation.PlanValidator.unreviewedWordings(n)) {
                    c.append(org.eclipse.emf.edit.command.SetCommand.create(domain(), w,
                            PlantracePackage.Literals.WORDING__REVIEWED, Boolean.TRUE));
                }
            }
        }
        if (c.isEmpty() || !c.canExecute()) {
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

    /** The links under {@code elements} (or the alignments themselves) that a review would record. */
    public static java.util.List<org.plantrace.model.Alignment> linksToReview(Collection<? extends EObject> elements) {
        java.util.Set<org.plantrace.model.Alignment> out = new java.util.LinkedHashSet<>();
        for (EObject e : elements) {
            java.util.List<EObject> scope = new java.util.ArrayList<>();
            scope.add(e);
            e.eAllContents().forEachRemaining(scope::add);
            for (EObject o : scope) {
                if (o instanceof org.plantrace.model.Alignment a) {
                    String now = org.plantrace.core.trace.SuspectLinks.reviewedValue(a);
                    if (now != null && !now.equals(a.getReviewedAgainst())) {
                        out.add(a);
                    }
                }
            }
        }
        return new java.util.ArrayList<>(out);
    }

    /**
     * Records the current wording of the targets of the suspect links among {@code elements} as reviewed, in one
     * undoable command; false when there was none.
     */
    public boolean reviewLinks(Collection<? extends EObject> elements) {
        java.util.List<org.plantrace.model.Alignment> links = linksToReview(elements);
        org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand(
                links.size() == 1 ? "Mark Link Reviewed" : "Mark " + links.size() + " Links Reviewed");
        for (org.plantrace.model.Alignment a : links) {
            c.append(org.eclipse.emf.edit.command.SetCommand.create(domain(), a,
                    PlantracePackage.Literals.ALIGNMENT__REVIEWED_AGAINST,
                    org.plantrace.core.trace.SuspectLinks.reviewedValue(a)));
        }
        if (c.isEmpty() || !c.canExecute()) {
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

    private TreeViewer viewer() {
        return editor.getViewer();
    }

    private EditingDomain domain() {
        return editor.getEditingDomain();
    }

    private CommandStack stack() {
        return domain().getCommandStack();
    }

    private List<EObject> selectedEditable() {
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

    private EObject single() {
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
        rename.setEnabled(one != null && TitleEditingSupport.feature(one) != null);
        addAlignment.setEnabled(one instanceof AlignableElement);
        long unreviewed = sel.stream().filter(Named.class::isInstance)
                .mapToLong(e -> org.plantrace.core.validation.PlanValidator.unreviewedWordings((Named) e).size()).sum();
        acceptWordings.setEnabled(unreviewed > 0);
        acceptWordings.setToolTipText(unreviewed + " published wording(s) differ from the title: accept them as reviewed,"
                + " so validation stops reporting them");
        int toReview = linksToReview(sel).size();
        reviewLinks.setEnabled(toReview > 0);
        reviewLinks.setToolTipText(toReview + " link(s) whose target changed its wording since the link was reviewed"
                + " (or never recorded): mark them reviewed after checking them");
        validate.setEnabled(editor.getRoot() != null);
    }

    /** Installs the editor's handlers for the workbench's global Edit actions. */
    public void setGlobalHandlers(IActionBars bars, boolean editing) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        if (editing) {
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
            bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
            bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
            bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
            bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        }
        bars.updateActionBars();
    }

    public void fillContextMenu(IMenuManager m) {
        update();
        MenuManager newMenu = new MenuManager("&New", "new");
        fillNewMenu(newMenu);
        m.add(newMenu);
        m.add(addAlignment);
        m.add(new Separator("edit"));
        m.add(undo);
        m.add(redo);
        m.add(new Separator());
        m.add(cut);
        m.add(copy);
        m.add(paste);
        m.add(delete);
        m.add(new Separator("order"));
        m.add(rename);
        m.add(acceptWordings);
        m.add(reviewLinks);
        m.add(moveUp);
        m.add(moveDown);
        m.add(new Separator("view"));
        m.add(validate);
        m.add(showDetails);
        m.add(expandAll);
        m.add(collapseAll);
        m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void fillNewMenu(IMenuManager m) {
        EObject owner = single();
        if (owner == null) {
            List<EObject> all = selectedEditable();
            if (all.isEmpty() && editor.getRoot() != null) {
                owner = editor.getRoot();
            } else {
                m.add(disabled("Select one element"));
                return;
            }
        }
        EObject o = owner;
        for (Object d : domain().getNewChildDescriptors(owner, null)) {
            if (d instanceof CommandParameter p && p.getValue() instanceof EObject child) {
                String text = ElementText.kind(child.eClass(), o.eResource()) + (child instanceof Alignment ? "..." : "");
                m.add(new Action(text, ImageDescriptorFor.of(child)) {
                    @Override
                    public void run() {
                        createChild(o, p.getEStructuralFeature(), child, -1, true);
                    }
                });
            }
        }
        EObject container = owner.eContainer();
        EStructuralFeature f = owner.eContainingFeature();
        if (container != null && f != null && f.isMany()) {
            m.add(new Separator());
            int index = ((List<?>) container.eGet(f)).indexOf(owner) + 1;
            for (Object d : domain().getNewChildDescriptors(container, null)) {
                if (d instanceof CommandParameter p && p.getEStructuralFeature() == f && p.getValue() instanceof EObject child
                        && child.eClass() == owner.eClass()) {
                    String text = ElementText.kind(child.eClass(), container.eResource()) + " After This"
                            + (child instanceof Alignment ? "..." : "");
                    m.add(new Action(text, ImageDescriptorFor.of(child)) {
                        @Override
                        public void run() {
                            createChild(container, f, child, index, true);
                        }
                    });
                }
            }
        }
    }

    private static IAction disabled(String text) {
        Action a = new Action(text) {
        };
        a.setEnabled(false);
        return a;
    }

    /**
     * Adds a new element: gives it a fresh id and a placeholder title, asks for an alignment's target,
     * executes one command ("New Key activity"), selects it and, if asked, starts renaming it in place.
     *
     * @return the element added, or null when the user cancelled or it could not be added
     */
    public EObject createChild(EObject owner, EStructuralFeature feature, EObject child, int index,
            boolean startEditing) {
        if (child instanceof Alignment a && a.getTarget() == null) {
            Plan plan = ModelCommands.planOf(owner);
            if (plan == null) {
                return null;
            }
            AlignmentTarget t = TargetChooser.choose(editor.getSite().getShell(),
                    "Align " + Labels.describe(owner), plan, editor.getTraceIndex());
            if (t == null) {
                return null;
            }
            a.setTarget(t);
            a.setReviewedAgainst(org.plantrace.core.trace.SuspectLinks.fingerprint(t));
        }
        Set<String> taken = Ids.taken(editor.getResource());
        Ids.assignFresh(child, owner, taken);
        String kind = ElementText.kind(child.eClass(), owner.eResource());
        defaults(child, owner, kind);
        Command add = AddCommand.create(domain(), owner, feature, List.of(child),
                index < 0 ? CommandParameter.NO_INDEX : index);
        if (!add.canExecute()) {
            return null;
        }
        stack().execute(new CommandWrapper("New " + kind, "Adds a new " + kind.toLowerCase(), add));
        TreeViewer v = viewer();
        if (v != null) {
            v.setSelection(new StructuredSelection(child), true);
            if (startEditing && TitleEditingSupport.feature(child) != null) {
                Display.getCurrent().asyncExec(() -> {
                    if (!v.getControl().isDisposed()) {
                        v.editElement(child, 0);
                    }
                });
            }
        }
        return child;
    }

    private void defaults(EObject child, EObject owner, String kind) {
        if (child instanceof Named n && n.getTitle() == null && n.getName() == null) {
            n.setTitle("New " + kind.toLowerCase());
        }
        if (child instanceof Target t && t.getYear() == null && owner instanceof Measure m) {
            Plan plan = ModelCommands.planOf(owner);
            if (plan != null) {
                for (String y : plan.getYears()) {
                    if (m.getTargets().stream().noneMatch(x -> y.equals(x.getYear()))) {
                        t.setYear(y);
                        break;
                    }
                }
            }
        }
        if (child instanceof Wording w && w.getText() == null && owner instanceof Named n) {
            w.setText(n.getLabel());
        }
        if (child instanceof Property p && p.getKey() == null) {
            p.setKey("key");
        }
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
        String usages = usagesInOtherPlans(d);
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

    /**
     * For a framework file: the plans in the workspace that link to what is deleted (they are not open
     * here, so their links cannot be removed; validation will report them as unresolved).
     */
    private String usagesInOtherPlans(ModelCommands.Deletion d) {
        if (!(editor.getRoot() instanceof Framework) || editor.getFile() == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (EObject e : d.selected()) {
            ids.add(EcoreUtil.getID(e));
            e.eAllContents().forEachRemaining(c -> ids.add(EcoreUtil.getID(c)));
        }
        String fileName = editor.getFile().getName();
        List<String> hits = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
                if (r instanceof IFile f && "plan".equals(f.getFileExtension()) && f.getLocation() != null) {
                    try {
                        String text = Files.readString(f.getLocation().toPath(), StandardCharsets.UTF_8);
                        int n = 0;
                        for (String id : ids) {
                            if (id == null) {
                                continue;
                            }
                            String needle = fileName + "#" + id;
                            for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
                                char after = i + needle.length() < text.length() ? text.charAt(i + needle.length()) : '"';
                                if (after == '"' || after == ' ') {
                                    n++;
                                }
                            }
                        }
                        if (n > 0) {
                            hits.add(f.getFullPath() + ": " + n + " link" + (n == 1 ? "" : "s"));
                        }
                    } catch (IOException e) {
                        // unreadable plan: nothing to report
                    }
                }
                return true;
            }, IResource.DEPTH_INFINITE, false);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
        if (hits.isEmpty()) {
            return null;
        }
        return "Plans in the workspace link to what is deleted:\n  " + String.join("\n  ", hits)
                + "\nThose links will be reported as unresolved until they are pointed elsewhere.";
    }

    /** For tests: whether the editor would ask before saving. */
    public boolean isSaveNeeded() {
        return ((BasicCommandStack) stack()).isSaveNeeded();
    }

    /** For tests: the selection as the editor sees it. */
    public IStructuredSelection selection() {
        return viewer() == null ? StructuredSelection.EMPTY : viewer().getStructuredSelection();
    }

    private static final class ImageDescriptorFor {
        static org.eclipse.jface.resource.ImageDescriptor of(EObject o) {
            return org.plantrace.ui.internal.emf.ElementImages.descriptor(o);
        }
    }
}
