package org.plantrace.ui.internal.wizards;

import org.plantrace.core.plans.NewModels;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.plantrace.core.trace.Scheme;
import org.plantrace.ui.PlantraceUi;

/** File &gt; New &gt; Framework: a national or local priority framework in its own file. */
public class NewFrameworkWizard extends Wizard implements INewWizard {

    public static final String ID = "org.plantrace.ui.wizards.newFramework";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private DetailsPage details;

    public NewFrameworkWizard() {
        setWindowTitle("New Framework");
        setDefaultPageImageDescriptor(PlantraceUi.imageDescriptor("icons/wizban/newframework.png"));
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
                    return new ByteArrayInputStream(NewModels.newFramework(
                            ModelFiles.location(getContainerFullPath().append(getFileName())), details.details()));
                } catch (Exception e) {
                    PlantraceUi.log("Could not create the framework", e);
                    return null;
                }
            }
        };
        filePage.setTitle("Framework File");
        filePage.setDescription("Choose the folder and the name of the framework file.");
        filePage.setFileExtension("framework");
        filePage.setFileName("priorities.framework");
        addPage(filePage);
        details = new DetailsPage();
        addPage(details);
    }

    @Override
    public boolean performFinish() {
        return WizardParts.createAndOpen(filePage, workbench);
    }

    private static final class DetailsPage extends WizardPage {
        private Text code;
        private Text title;
        private Combo kind;
        private Text period;
        private Text publisher;
        private Button national;

        DetailsPage() {
            super("details");
            setTitle("Framework Details");
            setDescription("The framework's code as plans cite it (e.g. PSA, NI, SPP), its title and kind.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            code = WizardParts.field(c, "&Code:", "");
            title = WizardParts.field(c, "&Title:", "");
            new Label(c, SWT.NONE).setText("&Kind:");
            kind = new Combo(c, SWT.READ_ONLY);
            for (Scheme s : Scheme.values()) {
                kind.add(s.title());
            }
            kind.select(Scheme.values().length - 1);
            period = WizardParts.field(c, "&Period:", "");
            publisher = WizardParts.field(c, "P&ublisher:", "");
            national = new Button(c, SWT.CHECK);
            national.setText("Counts as a &national priority for the traceability rules");
            national.setSelection(true);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(national);
            setControl(c);
        }

        NewModels.FrameworkDetails details() {
            if (code == null) {
                return new NewModels.FrameworkDetails(null, null, Scheme.OTHER.kind(), null, null, true);
            }
            return new NewModels.FrameworkDetails(code.getText(), title.getText(),
                    Scheme.values()[Math.max(0, kind.getSelectionIndex())].kind(), period.getText(), publisher.getText(),
                    national.getSelection());
        }
    }
}
