package org.plantrace.ui.internal.markers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/** How the quick fixes apply: per file, in its plan editor, one change for all the chosen findings of that file. */
final class MarkerFixes {

    private MarkerFixes() {
    }

    /**
     * Opens the file of each marker that {@code applies} in its plan editor and gives {@code fix} the editor and the
     * elements of that file's markers (in marker order, each once).
     */
    static void perFile(IMarker[] markers, Predicate<IMarker> applies, BiConsumer<PlanEditor, List<EObject>> fix) {
        Map<IResource, List<IMarker>> byFile = new LinkedHashMap<>();
        for (IMarker m : markers) {
            if (m.exists() && applies.test(m)) {
                byFile.computeIfAbsent(m.getResource(), r -> new ArrayList<>()).add(m);
            }
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (var e : byFile.entrySet()) {
            if (!(e.getKey() instanceof IFile file)) {
                continue;
            }
            try {
                IEditorPart part = IDE.openEditor(page, file, PlantraceUi.PLAN_EDITOR_ID, true);
                if (part instanceof PlanEditor editor && editor.getActions() != null && editor.getPlan() != null) {
                    List<EObject> elements = new ArrayList<>();
                    for (IMarker m : e.getValue()) {
                        EObject element = editor.elementOf(m);
                        if (element != null && !elements.contains(element)) {
                            elements.add(element);
                        }
                    }
                    fix.accept(editor, elements);
                }
            } catch (PartInitException ex) {
                PlantraceUi.log(ex.getStatus());
            }
        }
    }

    /** The markers among {@code markers}, other than {@code original}, that the same fix {@code applies} to. */
    static IMarker[] others(IMarker original, IMarker[] markers, Predicate<IMarker> applies) {
        List<IMarker> out = new ArrayList<>();
        for (IMarker m : markers) {
            if (!m.equals(original) && m.exists() && applies.test(m)) {
                out.add(m);
            }
        }
        return out.toArray(IMarker[]::new);
    }
}
