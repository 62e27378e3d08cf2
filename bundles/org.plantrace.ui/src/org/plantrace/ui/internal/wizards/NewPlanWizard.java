package org.plantrace.ui.internal.wizards;

import org.plantrace.core.plans.NewModels;
import org.plantrace.core.plans.Years;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.plantrace.ui.PlantraceUi;

/** File &gt; New &gt; Plan: an empty plan, or next year's plan rolled forward from a previous one. */
public class NewPlanWizard extends Wizard implements INewWizard {

    public static final String ID = "org.plantrace.ui.wizards.newPlan";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private DetailsPage details;

    public NewPlanWizard() {
        setWindowTitle("New Plan");
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(PlantraceUi.imageDescriptor("icons/wizban/newplan.png"));
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection sel) {
        this.workbench = wb;
        this.selection = sel;
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected InputStream getInitialContents() {
                try {
                    return new ByteArrayInputStream(details.contents(location()));
                } catch (Exception e) {
                    PlantraceUi.log("Could not create the plan", e);
                    details.setErrorMessage("Could not create the plan: " + e.getMessage());
                    return null;
                }
            }
        };
        filePage.setTitle("Plan File");
        filePage.setDescription("Choose the project or folder and the name of the plan file.");
        filePage.setFileExtension("plan");
        filePage.setFileName("business-plan.plan");
        addPage(filePage);
        details = new DetailsPage();
        addPage(details);
    }

    private Path location() {
        IPath p = filePage.getContainerFullPath().append(filePage.getFileName());
        return ModelFiles.location(p);
    }

    @Override
    public boolean performFinish() {
        return WizardParts.createAndOpen(filePage, workbench);
    }

    /** Title, period, owner; empty or rolled forward; frameworks to trace to. */
    private static final class DetailsPage extends WizardPage {
        private Text title;
        private Text name;
        private Text owner;
        private Text start;
        private Text end;
        private Button empty;
        private Button roll;
        private Combo previous;
        private CheckboxTableViewer frameworks;
        private final List<IFile> plans = ModelFiles.workspaceFiles("plan");

        DetailsPage() {
            super("details");
            setTitle("Plan Details");
            setDescription("Name the plan and its period; start empty or from last year's plan.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            title = WizardParts.field(c, "&Title:", "Policing London Business Plan 2010-13");
            name = WizardParts.field(c, "Short &name:", "");
            owner = WizardParts.field(c, "&Owner:", "");
            start = WizardParts.field(c, "Period &start:", "2010/11");
            end = WizardParts.field(c, "Period &end:", "2012/13");
            start.addModifyListener(e -> {
                if (!start.getText().isBlank()) {
                    end.setText(Years.end(start.getText(), 3));
                }
            });

            empty = new Button(c, SWT.RADIO);
            empty.setText("Start with an &empty plan, tracing to these frameworks:");
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(empty);
            frameworks = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.V_SCROLL);
            frameworks.setContentProvider(ArrayContentProvider.getInstance());
            frameworks.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object o) {
                    return ((IFile) o).getFullPath().toString();
                }
            });
            frameworks.setInput(ModelFiles.workspaceFiles("framework"));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 120).indent(16, 0)
                    .applyTo(frameworks.getControl());

            roll = new Button(c, SWT.RADIO);
            roll.setText("&Roll forward from a previous plan (same objectives, links and ids; years moved on):");
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(roll);
            previous = new Combo(c, SWT.READ_ONLY);
            for (IFile f : plans) {
                previous.add(f.getFullPath().toString());
            }
            GridDataFactory.fillDefaults().span(2, 1).indent(16, 0).applyTo(previous);
            boolean canRoll = !plans.isEmpty();
            roll.setEnabled(canRoll);
            if (canRoll) {
                previous.select(0);
            }
            empty.setSelection(true);
            previous.setEnabled(false);
            roll.addListener(SWT.Selection, e -> {
                previous.setEnabled(roll.getSelection());
                frameworks.getControl().setEnabled(!roll.getSelection());
            });
            setControl(c);
        }

        byte[] contents(Path target) throws Exception {
            NewModels.PlanDetails d = new NewModels.PlanDetails(title.getText(), name.getText(), owner.getText(),
                    start.getText(), end.getText());
            if (roll.getSelection() && previous.getSelectionIndex() >= 0) {
                IFile prev = plans.get(previous.getSelectionIndex());
                return NewModels.rollForward(prev.getLocation().toPath(), target, d);
            }
            List<Path> fws = new ArrayList<>();
            for (Object o : frameworks.getCheckedElements()) {
                fws.add(((IFile) o).getLocation().toPath());
            }
            return NewModels.newPlan(target, d, fws);
        }
    }
}
