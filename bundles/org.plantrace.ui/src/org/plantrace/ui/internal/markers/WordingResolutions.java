package org.plantrace.ui.internal.markers;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.plantrace.core.validation.Rule;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/**
 * Quick fix (Ctrl+1 in the Problems view) for a title worded differently in a published table: accept the element's
 * published wordings as reviewed, as "Accept Published Wordings" in the editor does, then validate again so the
 * Problems view shows the result. Offered when the element lives in the file the marker is on (the file the editor
 * saves).
 */
public class WordingResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
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
        return hasResolutions(marker) ? new IMarkerResolution[] { new AcceptWordings() } : new IMarkerResolution[0];
    }

    private static final class AcceptWordings implements IMarkerResolution2 {

        @Override
        public String getLabel() {
            return "Accept the published wordings of this element";
        }

        @Override
        public String getDescription() {
            return "Marks the element's published wordings that differ from its title as reviewed (one undoable change"
                    + " in the plan editor); validation then stops reporting them.";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            try {
                IEditorPart part = IDE.openEditor(page, marker, true);
                if (part instanceof PlanEditor editor && editor.getActions() != null) {
                    EObject element = editor.elementOf(marker);
                    if (element != null && editor.getActions().acceptWordings(List.of(element))) {
                        editor.validate();
                    }
                }
            } catch (PartInitException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
    }
}
