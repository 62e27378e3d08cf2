package org.plantrace.ui.internal.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * On first start (an empty workspace) offers to open the 2009-12 sample plan. System property
 * {@code plantrace.offerSample}: {@code open} opens it without asking (./plantrace gui --sample),
 * {@code false} never offers (tests).
 */
public final class FirstStart {

    private FirstStart() {
    }

    public static void maybeOfferSample() {
        String mode = System.getProperty("plantrace.offerSample", "ask");
        if ("false".equals(mode) || !SampleProject.available()) {
            return;
        }
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (w == null) {
            return;
        }
        if ("open".equals(mode)) {
            SampleProject.open(w);
            return;
        }
        if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
            return;
        }
        boolean yes = MessageDialog.openQuestion(w.getShell(), "Welcome to Plantrace",
                "Your workspace is empty.\n\nOpen the sample plan, Policing London Business Plan 2009-12 (MPA/MPS), "
                        + "with the frameworks it traces to: PSAs, Strategic Policing Priorities, National "
                        + "Indicators, APACS indicators, Protective Services and the Mayor's priorities?\n\n"
                        + "It is copied into the workspace as the project '" + SampleProject.PROJECT
                        + "'; the originals stay untouched.");
        if (yes) {
            SampleProject.open(w);
        }
    }
}
