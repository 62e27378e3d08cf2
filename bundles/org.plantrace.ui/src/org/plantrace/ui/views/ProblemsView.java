package org.plantrace.ui.views;

import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * Plantrace's Problems view ({@code org.plantrace.ui.views.ProblemsView}): the IDE's problem list, grouped by
 * validation rule with a count per group (most serious rules first; Group By also offers severity), so a team can
 * work through one kind of finding at a time. Quick fixes (Ctrl+1) apply to all similar findings; Plantrace's
 * findings cannot be deleted, only fixed or accepted.
 */
public class ProblemsView extends MarkerSupportView {

    public static final String ID = "org.plantrace.ui.views.ProblemsView";
    /** The content generator (plugin.xml, org.eclipse.ui.ide.markerSupport). */
    public static final String GENERATOR = "org.plantrace.ui.problemsGenerator";

    public ProblemsView() {
        super(GENERATOR);
    }
}
