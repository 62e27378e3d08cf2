package org.plantrace.ui.internal.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.plantrace.core.validation.Rule;
import org.plantrace.model.Alignment;
import org.plantrace.edit.commands.SuccessorCommands;

/**
 * Quick fix for a link to an item that ends or has a successor ({@code ended-link}, {@code succeeded-item}): move
 * the link to the successor when the succession needs no decision (one successor, unchanged, broadened or merged).
 * Split, narrowed, changed-basis and withdrawn items are left to the analyst (Plan &gt; Replace Framework lists
 * them with their candidates). The findings of one file move in one undoable change in its plan editor.
 */
public class SuccessorResolutions implements IMarkerResolutionGenerator2 {

    static boolean applies(IMarker marker) {
        String rule = marker.getAttribute(ProblemMarkers.RULE, "");
        return (Rule.SUCCEEDED_ITEM.id().equals(rule) || Rule.ENDED_LINK.id().equals(rule))
                && marker.getAttribute(ProblemMarkers.ELEMENT_URI, null) != null && marker.getResource() instanceof IFile;
    }

    @Override
    public boolean hasResolutions(IMarker marker) {
        return hasFix(marker);
    }

    static boolean hasFix(IMarker marker) {
        return applies(marker) && marker.getAttribute(IMarker.MESSAGE, "")
                .contains(org.plantrace.core.era.Lifecycle.FOLLOWS_WITHOUT_DECISION);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return hasResolutions(marker) ? new IMarkerResolution[] { new Follow(marker) } : new IMarkerResolution[0];
    }

    /** Move the marker's link (and those of the other markers chosen) to the successor of its item. */
    public static final class Follow extends WorkbenchMarkerResolution {

        private final IMarker original;

        Follow(IMarker original) {
            this.original = original;
        }

        @Override
        public String getLabel() {
            return "Move the link to the item's successor";
        }

        @Override
        public String getDescription() {
            return "Points the link at the item that continues this one (unchanged, broadened or merged into it), marks"
                    + " it reviewed against the successor and lists the successor's framework in the plan, in one"
                    + " undoable change in the plan editor. Links whose item was split, narrowed, measured on a changed"
                    + " basis or withdrawn stay as they are: they need a decision.";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IMarker[] findOtherMarkers(IMarker[] markers) {
            return MarkerFixes.others(original, markers, SuccessorResolutions::hasFix);
        }

        @Override
        public void run(IMarker marker) {
            run(new IMarker[] { marker }, null);
        }

        @Override
        public void run(IMarker[] markers, IProgressMonitor monitor) {
            MarkerFixes.perFile(markers, SuccessorResolutions::applies, (editor, elements) -> {
                List<Alignment> links = elements.stream().filter(Alignment.class::isInstance).map(Alignment.class::cast)
                        .toList();
                Command c = SuccessorCommands.follow(editor.getEditingDomain(), editor.getPlan(), links);
                if (c != null) {
                    editor.getEditingDomain().getCommandStack().execute(c);
                    editor.validate();
                }
            });
        }
    }
}
