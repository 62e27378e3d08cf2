package org.plantrace.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The Plantrace workbench bundle: its ids (a contract with the matrix and diagram bundles), images and log.
 */
public final class PlantraceUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.plantrace.ui";
    public static final String APPLICATION_ID = PLUGIN_ID + ".application";
    public static final String PERSPECTIVE_ID = PLUGIN_ID + ".perspective";
    public static final String PLAN_EDITOR_ID = PLUGIN_ID + ".planEditor";
    public static final String PLANS_VIEW_ID = PLUGIN_ID + ".views.PlansView";
    public static final String COVERAGE_VIEW_ID = PLUGIN_ID + ".views.CoverageView";
    /** Progress against targets of the plan in the active editor. */
    public static final String PROGRESS_VIEW_ID = PLUGIN_ID + ".views.ProgressView";
    /** Plantrace's Problems view: findings grouped by rule. */
    public static final String PROBLEMS_VIEW_ID = PLUGIN_ID + ".views.ProblemsView";
    /** View of org.plantrace.ui.matrix (optional bundle). */
    public static final String MATRIX_VIEW_ID = "org.plantrace.ui.matrix.MatrixView";
    /** View of org.plantrace.ui.diagram (optional bundle). */
    public static final String DIAGRAM_VIEW_ID = "org.plantrace.ui.diagram.DiagramView";
    /** Marker type of validation findings (a problem marker, shown in the Problems view). */
    public static final String PROBLEM_MARKER = PLUGIN_ID + ".problem";

    private static PlantraceUi instance;

    public PlantraceUi() {
        instance = this;
    }

    public static PlantraceUi getDefault() {
        return instance;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    /** An image of this bundle by path (e.g. {@code icons/obj16/objective.png}), cached in the registry. */
    public static Image image(String path) {
        ImageRegistry reg = instance.getImageRegistry();
        Image img = reg.get(path);
        if (img == null) {
            reg.put(path, imageDescriptor(path));
            img = reg.get(path);
        }
        return img;
    }

    public static ImageDescriptor imageDescriptor(String path) {
        ImageDescriptor d = imageDescriptorFromPlugin(PLUGIN_ID, path);
        return d != null ? d : ImageDescriptor.getMissingImageDescriptor();
    }

    public static void log(IStatus status) {
        if (instance != null) {
            instance.getLog().log(status);
        }
    }

    public static void log(String message, Throwable t) {
        log(Status.error(message, t));
    }

    public static IStatus error(String message, Throwable t) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message, t);
    }
}
