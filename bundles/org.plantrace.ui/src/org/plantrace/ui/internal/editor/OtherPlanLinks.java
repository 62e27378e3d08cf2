package org.plantrace.ui.internal.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.edit.commands.ModelCommands;
import org.plantrace.model.Framework;
import org.plantrace.ui.PlantraceUi;
import org.plantrace.ui.editor.PlanEditor;

/** Before deleting from a framework file: the plans in the workspace whose links would lose their target. */
final class OtherPlanLinks {

    private OtherPlanLinks() {
    }

    /**
     * For a framework file: the plans in the workspace that link to what is deleted (they are not open
     * here, so their links cannot be removed; validation will report them as unresolved).
     */
    static String describe(PlanEditor editor, ModelCommands.Deletion d) {
        if (!(editor.getRoot() instanceof Framework) || editor.getFile() == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (EObject e : d.selected()) {
            ids.add(EcoreUtil.getID(e));
            e.eAllContents().forEachRemaining(c -> ids.add(EcoreUtil.getID(c)));
        }
        String fileName = editor.getFile().getName();
        List<String> hits = new ArrayList<>();
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
                if (r instanceof IFile f && "plan".equals(f.getFileExtension()) && f.getLocation() != null) {
                    try {
                        String text = Files.readString(f.getLocation().toPath(), StandardCharsets.UTF_8);
                        int n = 0;
                        for (String id : ids) {
                            if (id == null) {
                                continue;
                            }
                            String needle = fileName + "#" + id;
                            for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
                                char after = i + needle.length() < text.length() ? text.charAt(i + needle.length()) : '"';
                                if (after == '"' || after == ' ') {
                                    n++;
                                }
                            }
                        }
                        if (n > 0) {
                            hits.add(f.getFullPath() + ": " + n + " link" + (n == 1 ? "" : "s"));
                        }
                    } catch (IOException e) {
                        // unreadable plan: nothing to report
                    }
                }
                return true;
            }, IResource.DEPTH_INFINITE, false);
        } catch (CoreException e) {
            PlantraceUi.log(e.getStatus());
        }
        if (hits.isEmpty()) {
            return null;
        }
        return "Plans in the workspace link to what is deleted:\n  " + String.join("\n  ", hits)
                + "\nThose links will be reported as unresolved until they are pointed elsewhere.";
    }
}
