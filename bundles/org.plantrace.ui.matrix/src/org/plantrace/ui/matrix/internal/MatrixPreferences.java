package org.plantrace.ui.matrix.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * How links are toggled in the matrix (Window > Preferences > Plantrace > Matrix): by default a click only selects a
 * cell, and Space or a double-click toggles its link; a team used to it may make a single click toggle.
 *
 * <p>Outside a running platform (plain Java without OSGi, as {@code releng/benchmarks/run.sh matrix} runs the
 * matrix) there is no preference service: the setting then lives in memory for the process.
 */
public final class MatrixPreferences {

    public static final String NODE = "org.plantrace.ui.matrix";
    public static final String SINGLE_CLICK_TOGGLES = "singleClickToggles";

    private MatrixPreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The setting when no preference service runs. */
    private static volatile boolean detachedSingleClick;

    public static boolean singleClickToggles() {
        try {
            return node().getBoolean(SINGLE_CLICK_TOGGLES, false);
        } catch (RuntimeException | LinkageError noPlatform) {
            return detachedSingleClick;
        }
    }

    public static void setSingleClickToggles(boolean on) {
        try {
            if (on) {
                node().putBoolean(SINGLE_CLICK_TOGGLES, true);
            } else {
                node().remove(SINGLE_CLICK_TOGGLES);
            }
        } catch (RuntimeException | LinkageError noPlatform) {
            detachedSingleClick = on;
        }
    }
}
