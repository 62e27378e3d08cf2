package org.plantrace.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.plantrace.ui.PlantraceUi;

/**
 * The Plantrace perspective ({@code org.plantrace.ui.perspective}): plans on the left, the plan editor in
 * the middle, coverage on the right with the diagram (when its bundle is installed) below it, problems and
 * properties (and the matrix, when installed) below the editor.
 */
public class PlanningPerspective implements IPerspectiveFactory {

    public static final String LEFT = "org.plantrace.ui.folder.left";
    public static final String RIGHT = "org.plantrace.ui.folder.right";
    public static final String BOTTOM = "org.plantrace.ui.folder.bottom";
    public static final String RIGHT_BOTTOM = "org.plantrace.ui.folder.rightBottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.16f, editors);
        left.addView(PlantraceUi.PLANS_VIEW_ID);

        // the bottom folder holds the matrix, whose headers alone take about 250 pixels: give it 45 % of the height
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(PlantraceUi.PROBLEMS_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        addIfInstalled(bottom, PlantraceUi.MATRIX_VIEW_ID);

        IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.60f, editors);
        right.addView(PlantraceUi.COVERAGE_VIEW_ID);
        // Progress opens beside Coverage (Window > Show View > Progress); Coverage stays the view in front
        right.addPlaceholder(PlantraceUi.PROGRESS_VIEW_ID);
        // the diagram below Coverage, both in sight: it follows what is selected in Coverage, the editor or the matrix
        IFolderLayout rightBottom = layout.createFolder(RIGHT_BOTTOM, IPageLayout.BOTTOM, 0.45f, RIGHT);
        addIfInstalled(rightBottom, PlantraceUi.DIAGRAM_VIEW_ID);

        layout.addShowViewShortcut(PlantraceUi.PLANS_VIEW_ID);
        layout.addShowViewShortcut(PlantraceUi.COVERAGE_VIEW_ID);
        layout.addShowViewShortcut(PlantraceUi.PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(PlantraceUi.MATRIX_VIEW_ID);
        layout.addShowViewShortcut(PlantraceUi.DIAGRAM_VIEW_ID);
        layout.addShowViewShortcut(PlantraceUi.PROBLEMS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addNewWizardShortcut("org.plantrace.ui.wizards.newPlan");
        layout.addNewWizardShortcut("org.plantrace.ui.wizards.newFramework");
    }

    /** The view when its bundle is installed, else a placeholder where it will appear when opened. */
    private static void addIfInstalled(IFolderLayout folder, String viewId) {
        if (PlatformUI.getWorkbench().getViewRegistry().find(viewId) != null) {
            folder.addView(viewId);
        } else {
            folder.addPlaceholder(viewId);
        }
    }
}
