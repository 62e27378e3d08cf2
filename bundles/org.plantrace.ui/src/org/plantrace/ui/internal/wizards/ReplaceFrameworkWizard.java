package org.plantrace.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.plantrace.core.Labels;
import org.plantrace.core.era.FrameworkMigration;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.editor.PlanEditor;

/**
 * Plan &gt; Replace Framework: carries the plan in the editor from one of its frameworks onto the framework that
 * replaces it, along the items' successions ({@link FrameworkMigration}), shows what moves, what needs a decision
 * and the coverage before and after, and makes the change as one undoable command.
 */
public class ReplaceFrameworkWizard extends Wizard {

    private final PlanEditor editor;
    private final Page page = new Page();

    public ReplaceFrameworkWizard(PlanEditor editor) {
        this.editor = editor;
        setWindowTitle("Replace Framework");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        FrameworkMigration.Result r = page.result;
        if (r == null) {
            return false;
        }
        editor.getEditingDomain().getCommandStack().execute(command(editor.getEditingDomain(), r));
        return true;
    }

    /** The replacement as one undoable command: the links moved, the new framework listed, the old one dropped. */
    static CompoundCommand command(EditingDomain domain, FrameworkMigration.Result r) {
        CompoundCommand c = new CompoundCommand("Replace " + r.from().getLabel() + " with " + r.to().getLabel());
        for (FrameworkMigration.Edit e : r.edits()) {
            c.append(SetCommand.create(domain, e.owner(), e.feature(), e.value()));
        }
        Plan plan = r.plan();
        if (!plan.getFrameworks().contains(r.to())) {
            int at = plan.getFrameworks().indexOf(r.from());
            c.append(AddCommand.create(domain, plan, PlantracePackage.Literals.PLAN__FRAMEWORKS, r.to(),
                    at < 0 ? plan.getFrameworks().size() : at + 1));
        }
        for (org.plantrace.model.Alignment a : r.removals()) {
            c.append(RemoveCommand.create(domain, a.eContainer(), a.eContainmentFeature(), a));
        }
        if (!r.keepsOldFramework()) {
            c.append(RemoveCommand.create(domain, plan, PlantracePackage.Literals.PLAN__FRAMEWORKS, r.from()));
        }
        return c;
    }

    private final class Page extends WizardPage {

        private Combo from;
        private Combo to;
        private Text report;
        private final List<Framework> listed = new ArrayList<>();
        private final List<IFile> candidates = new ArrayList<>();
        private FrameworkMigration.Result result;
        private ScrolledComposite decisionsScroll;
        private Composite decisionsBox;
        private Framework old;
        private Framework replacement;
        private final java.util.Map<String, FrameworkMigration.Choice> choices = new java.util.LinkedHashMap<>();

        Page() {
            super("replace");
            setTitle("Replace a framework");
            setDescription("Move the plan's links onto the framework that replaces one of its frameworks.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            new Label(c, SWT.NONE).setText("&Framework replaced:");
            from = new Combo(c, SWT.READ_ONLY);
            from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(c, SWT.NONE).setText("&Replaced by:");
            to = new Combo(c, SWT.READ_ONLY);
            to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Label l = new Label(c, SWT.NONE);
            l.setText("What will change:");
            l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            report = new Text(c, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            gd.heightHint = 320;
            gd.widthHint = 720;
            report.setLayoutData(gd);
            Label d = new Label(c, SWT.NONE);
            d.setText("&Decisions for the links the successions do not carry (left as they are unless you choose):");
            d.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            decisionsScroll = new ScrolledComposite(c, SWT.V_SCROLL | SWT.BORDER);
            GridData sd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            sd.heightHint = 200;
            decisionsScroll.setLayoutData(sd);
            decisionsScroll.setExpandHorizontal(true);
            decisionsScroll.setExpandVertical(true);
            decisionsBox = new Composite(decisionsScroll, SWT.NONE);
            decisionsBox.setLayout(new GridLayout(2, false));
            decisionsScroll.setContent(decisionsBox);
            fill();
            from.addListener(SWT.Selection, e -> update());
            to.addListener(SWT.Selection, e -> update());
            setControl(c);
            update();
        }

        private void fill() {
            Plan plan = editor.getPlan();
            for (Framework f : plan.getFrameworks()) {
                if (!f.eIsProxy()) {
                    listed.add(f);
                    from.add(f.getLabel());
                }
            }
            IFile file = editor.getFile();
            if (file != null) {
                try {
                    file.getProject().accept(r -> {
                        if (r instanceof IFile f && "framework".equals(f.getFileExtension())) {
                            candidates.add(f);
                        }
                        return r.getType() != IResource.FILE;
                    });
                } catch (CoreException e) {
                    PlantraceUi.log(e.getStatus());
                }
            }
            candidates.sort((a, b) -> a.getProjectRelativePath().toString().compareTo(b.getProjectRelativePath().toString()));
            for (IFile f : candidates) {
                to.add(f.getProjectRelativePath().toString());
            }
        }

        private void update() {
            result = null;
            if (from.getSelectionIndex() < 0 || to.getSelectionIndex() < 0) {
                report.setText("");
                setPageComplete(false);
                setMessage("Choose the framework being replaced and the framework file that replaces it.");
                return;
            }
            Framework old = listed.get(from.getSelectionIndex());
            IFile file = candidates.get(to.getSelectionIndex());
            // The editor's resources are file: URIs (the one resource policy); the same file loads once.
            Framework replacement;
            try {
                replacement = ModelStore.loadRoot(editor.getEditingDomain().getResourceSet(),
                        file.getLocation().toPath(), Framework.class);
            } catch (ModelLoadException e) {
                setErrorMessage(e.getMessage());
                setPageComplete(false);
                return;
            }
            if (replacement == old) {
                setErrorMessage("Choose a different framework to replace it with.");
                setPageComplete(false);
                return;
            }
            setErrorMessage(null);
            if (old != this.old || replacement != this.replacement) {
                this.old = old;
                this.replacement = replacement;
                choices.clear();
                decisionRows(FrameworkMigration.plan(editor.getPlan(), old, replacement).decisions());
            }
            recompute();
        }

        /** One row per link needing a decision: what it is, and a choice (decide later, remove, keep, follow ...). */
        private void decisionRows(List<FrameworkMigration.Decision> decisions) {
            for (Control child : decisionsBox.getChildren()) {
                child.dispose();
            }
            for (FrameworkMigration.Decision d : decisions) {
                Label what = new Label(decisionsBox, SWT.WRAP);
                what.setText(Labels.path(d.alignment().getSource()) + ": " + Labels.printedId(d.from()) + " \u2013 "
                        + d.reason());
                GridData wd = new GridData(SWT.FILL, SWT.CENTER, true, false);
                wd.widthHint = 420;
                what.setLayoutData(wd);
                Combo choice = new Combo(decisionsBox, SWT.READ_ONLY);
                choice.setData("link", d.alignment().getId());
                List<FrameworkMigration.Choice> options = new ArrayList<>();
                choice.add("Decide later (leave as it is)");
                options.add(null);
                for (org.plantrace.model.PriorityItem candidate : d.candidates()) {
                    choice.add("Follow " + Labels.printedId(candidate));
                    options.add(new FrameworkMigration.Choice.Follow(candidate.getId()));
                }
                choice.add("Remove the link");
                options.add(new FrameworkMigration.Choice.Remove());
                choice.add("Keep as history");
                options.add(new FrameworkMigration.Choice.Keep());
                choice.select(0);
                choice.setToolTipText(d.alignment().getId());
                choice.addListener(SWT.Selection, e -> {
                    FrameworkMigration.Choice chosen = options.get(Math.max(0, choice.getSelectionIndex()));
                    if (chosen == null) {
                        choices.remove(d.alignment().getId());
                    } else {
                        choices.put(d.alignment().getId(), chosen);
                    }
                    recompute();
                });
            }
            decisionsScroll.setMinSize(decisionsBox.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            decisionsBox.layout(true, true);
        }

        private void recompute() {
            result = FrameworkMigration.plan(editor.getPlan(), old, replacement, choices);
            report.setText(result.report());
            boolean any = !result.moves().isEmpty() || !result.decisions().isEmpty() || !result.decided().isEmpty();
            setMessage(!any ? "The plan has no link to " + old.getLabel() + "."
                    : result.decisions().isEmpty() ? "Every link moves or is decided." : result.decisions().size()
                            + " link(s) need a decision and stay as they are; the rest move.",
                    result.decisions().isEmpty() ? NONE : WARNING);
            setPageComplete(any);
        }
    }
}
