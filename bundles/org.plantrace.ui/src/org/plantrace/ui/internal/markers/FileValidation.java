package org.plantrace.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.core.validation.Finding;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.internal.editor.EditorAnalysis;

/** Validation of plan and framework files as saved on disk (from the Plans view). */
public final class FileValidation {

    private FileValidation() {
    }

    /** The .plan and .framework files at or under {@code r}. */
    public static List<IFile> modelFiles(IResource r) {
        List<IFile> out = new ArrayList<>();
        try {
            r.accept(x -> {
                if (x instanceof IFile f && isModelFile(f)) {
                    out.add(f);
                }
                return x instanceof IContainer;
            });
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
        return out;
    }

    public static boolean isModelFile(IFile f) {
        String ext = f.getFileExtension();
        return "plan".equals(ext) || "framework".equals(ext);
    }

    /** Loads the file, validates it, and replaces its problem markers; a file that cannot load gets one error. */
    public static List<Finding> validate(IFile f) throws CoreException {
        if (f.getLocation() == null) {
            return List.of();
        }
        try {
            Resource r = ModelStore.load(ModelStore.newResourceSet(), f.getLocation().toPath());
            EObject root = r.getContents().isEmpty() ? null : r.getContents().get(0);
            List<Finding> findings;
            try {
                findings = root == null ? List.of()
                        : ValidationPreferences.policy().apply(EditorAnalysis.validator.apply(root, null));
            } catch (RuntimeException | StackOverflowError e) {
                PlantraceUi.log("Validation failed on " + f.getFullPath(), e);
                findings = List.of(EditorAnalysis.crashFinding(root, e));
            }
            ProblemMarkers.replace(f, findings, r);
            return findings;
        } catch (ModelLoadException e) {
            ProblemMarkers.clear(f);
            IMarker m = f.createMarker(PlantraceUi.PROBLEM_MARKER);
            m.setAttributes(Map.of(IMarker.MESSAGE, "Cannot be read: " + e.getReason(), IMarker.SEVERITY,
                    IMarker.SEVERITY_ERROR, IMarker.LOCATION, e.getLine() > 0 ? "line " + e.getLine() : "",
                    IMarker.LINE_NUMBER, Math.max(e.getLine(), 1), IMarker.USER_EDITABLE, Boolean.FALSE));
            return List.of();
        }
    }
}
