package org.plantrace.ui.internal.markers;


import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.plantrace.core.validation.Rule;

/**
 * Quick fix (Ctrl+1 in the Problems view) for a title worded differently in a published table: accept the element's
 * published wordings as reviewed, as "Accept Published Wordings" in the editor does. The Quick Fix dialog offers the
 * same fix for every other such finding (select all to accept them all); the findings of one file are accepted in one
 * undoable change in its plan editor, then validated. Offered when the element lives in the file the marker is on
 * (the file the editor saves).
 */
public class WordingResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return applies(marker);
    }

    static boolean applies(IMarker marker) {
        if (!Rule.TITLE_DRIFT.id().equals(marker.getAttribute(ProblemMarkers.RULE, ""))) {
            return false;
        }
        String uri = marker.getAttribute(ProblemMarkers.ELEMENT_URI, null);
        if (uri == null || marker.getResource() == null) {
            return false;
        }
        try {
            return marker.getResource().getName().equals(URI.createURI(uri).trimFragment().lastSegment());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return hasResolutions(marker) ? new IMarkerResolution[] { new AcceptWordings(marker) }
                : new IMarkerResolution[0];
    }

    /** Accept the published wordings of the marker's element, and of the elements of the other markers chosen. */
    public static final class AcceptWordings extends WorkbenchMarkerResolution {

        private final IMarker original;

        AcceptWordings(IMarker original) {
            this.original = original;
        }

        @Override
        public String getLabel() {
            return "Accept the published wordings of this element";
        }

        @Override
        public String getDescription() {
            return "Marks the element's published wordings that differ from its title as reviewed (one undoable change"
                    + " in the plan editor); validation then stops reporting them. Select the other findings listed to"
                    + " accept theirs in the same change.";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IMarker[] findOtherMarkers(IMarker[] markers) {
            return MarkerFixes.others(original, markers, WordingResolutions::applies);
        }

        @Override
        public void run(IMarker marker) {
            run(new IMarker[] { marker }, null);
        }

        @Override
        public void run(IMarker[] markers, IProgressMonitor monitor) {
            MarkerFixes.perFile(markers, WordingResolutions::applies, (editor, elements) -> {
                if (!elements.isEmpty() && editor.getActions().acceptWordings(elements)) {
                    editor.validate();
                }
            });
        }
    }
}
