package org.plantrace.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
        return validate(f, () -> true);
    }

    /**
     * As {@link #validate(IFile)}, writing the markers only if {@code stillWanted} holds once the findings are known
     * (an editor may have opened the file meanwhile, and it writes the markers of the model as edited).
     */
    public static List<Finding> validate(IFile f, BooleanSupplier stillWanted) throws CoreException {
        if (f.getLocation() == null) {
            return List.of();
        }
        Resource r;
        try {
            r = ModelStore.load(ModelStore.newResourceSet(), f.getLocation().toPath());
        } catch (ModelLoadException e) {
            if (stillWanted.getAsBoolean()) {
                oneError(f, "Cannot be read: " + e.getReason(), e.getLine());
            }
            return List.of();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            PlantraceUi.log("Validation failed on " + f.getFullPath(), e);
            if (stillWanted.getAsBoolean()) {
                oneError(f, "Validation failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "), so this file's problems are not known; the error log has the details.", 0);
            }
            return List.of();
        }
        EObject root = r.getContents().isEmpty() ? null : r.getContents().get(0);
        List<Finding> findings;
        try {
            findings = root == null ? List.of()
                    : ValidationPreferences.policy().apply(EditorAnalysis.validator.apply(root, null));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            PlantraceUi.log("Validation failed on " + f.getFullPath(), e);
            findings = List.of(EditorAnalysis.crashFinding(root, e));
        }
        if (stillWanted.getAsBoolean()) {
            ProblemMarkers.replace(f, findings, r);
        }
        return findings;
    }

    private static void oneError(IFile f, String message, int line) throws CoreException {
        ProblemMarkers.clear(f);
        IMarker m = f.createMarker(PlantraceUi.PROBLEM_MARKER);
        m.setAttributes(Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.LOCATION,
                line > 0 ? "line " + line : "", IMarker.LINE_NUMBER, Math.max(line, 1), IMarker.USER_EDITABLE,
                Boolean.FALSE));
    }
}
