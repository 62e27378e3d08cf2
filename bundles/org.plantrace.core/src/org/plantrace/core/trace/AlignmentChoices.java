package org.plantrace.core.trace;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.core.Labels;
import org.plantrace.core.text.NaturalOrder;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.PriorityItem;

/**
 * What a new alignment can point at, as the Add Alignment chooser offers it: the plan's frameworks in turn, each with
 * its priorities in natural order of their printed codes (NI 15 before NI 111). A local area agreement's copy of a
 * National Indicator (an LAA item corresponding to an NI) is left out unless asked for, since linking the National
 * Indicator itself is what traces to a national priority.
 */
public final class AlignmentChoices {

    /** One framework and the items offered under it. */
    public record Group(Framework framework, List<PriorityItem> items) {
    }

    private AlignmentChoices() {
    }

    public static List<Group> of(TraceIndex index, boolean includeLocalCopies) {
        List<Group> out = new ArrayList<>();
        for (Framework f : index.frameworks()) {
            List<PriorityItem> items = new ArrayList<>();
            for (PriorityItem i : index.items(f)) {
                if (includeLocalCopies || !isLocalCopyOfNationalIndicator(i)) {
                    items.add(i);
                }
            }
            items.sort(NaturalOrder.by(Labels::printedId));
            out.add(new Group(f, List.copyOf(items)));
        }
        return out;
    }

    /** Whether {@code item} is a local area agreement's entry for a National Indicator (it corresponds to one). */
    public static boolean isLocalCopyOfNationalIndicator(PriorityItem item) {
        Framework own = Labels.frameworkOf(item);
        if (own == null || own.getKind() != FrameworkKind.LAA) {
            return false;
        }
        for (PriorityItem c : item.getCorrespondsTo()) {
            Framework other = c.eIsProxy() ? null : Labels.frameworkOf(c);
            if (other != null && other.getKind() == FrameworkKind.NI) {
                return true;
            }
        }
        return false;
    }
}
