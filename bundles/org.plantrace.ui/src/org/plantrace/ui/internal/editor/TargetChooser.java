package org.plantrace.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.internal.emf.ElementImages;
import org.plantrace.ui.internal.emf.ElementText;

/** Asks which national priority (or whole framework) a new alignment points at. */
public final class TargetChooser {

    private TargetChooser() {
    }

    /** Every item of the plan's frameworks, and each framework as a whole ("PS (all)"). */
    public static List<AlignmentTarget> choices(Plan plan, TraceIndex index) {
        Set<AlignmentTarget> out = new LinkedHashSet<>();
        TraceIndex ix = index != null ? index : TraceIndex.of(plan);
        for (Framework f : ix.frameworks()) {
            out.add(f);
            for (PriorityItem i : ix.items(f)) {
                out.add(i);
            }
        }
        return new ArrayList<>(out);
    }

    public static AlignmentTarget choose(Shell shell, String title, Plan plan, TraceIndex index) {
        ElementListSelectionDialog d = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object o) {
                if (o instanceof Framework f) {
                    return ElementText.reference(f) + "  (the whole framework: " + f.getLabel() + ")";
                }
                return o instanceof AlignmentTarget t ? ElementText.reference(t) : String.valueOf(o);
            }

            @Override
            public Image getImage(Object o) {
                return ElementImages.get(o);
            }
        });
        d.setTitle(title);
        d.setMessage("Choose the national priority it aligns to (type a code such as 'NI 16' or words of its title):");
        d.setElements(choices(plan, index).toArray());
        d.setMultipleSelection(false);
        d.setSize(100, 24);
        if (d.open() != Window.OK) {
            return null;
        }
        return (AlignmentTarget) d.getFirstResult();
    }
}
