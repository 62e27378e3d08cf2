package org.plantrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Element;
import org.plantrace.model.PlantracePackage;
import org.plantrace.ui.editor.PlanEditor;

/** Saving keeps the version it replaces in Eclipse's local history, and still writes the file atomically. */
class LocalHistoryTest {

    @Test
    void twoSavesLeaveTheEarlierVersionsInTheFilesLocalHistory() throws Exception {
        IFile file = Sample.fresh();
        String original = Files.readString(file.getLocation().toPath());
        PlanEditor editor = Sample.open(file);
        CorporateObjective violence = (CorporateObjective) editor.element("obj-violence");
        String originalTitle = violence.getTitle();
        assertTrue(original.contains(originalTitle));

        retitle(editor, violence, "First saved title");
        editor.doSave(null);
        assertFalse(editor.isDirty());
        retitle(editor, violence, "Second saved title");
        editor.doSave(null);
        assertFalse(editor.isDirty());

        String onDisk = Files.readString(file.getLocation().toPath());
        assertTrue(onDisk.contains("Second saved title"), "the file holds the last save");
        IFileState[] history = file.getHistory(null);
        assertTrue(history.length >= 2, "one state per save: " + history.length);
        // newest first: the version the second save replaced, then the original
        String replacedBySecond = contents(history[0]);
        assertTrue(replacedBySecond.contains("First saved title"), "the first save is in the history");
        assertFalse(replacedBySecond.contains("Second saved title"));
        assertEquals(original, contents(history[1]), "the file as it was before any save is in the history");

        editor.getViewer().setSelection(new StructuredSelection(violence), true);
        Ui.spin(200);
        TreeItem row = Ui.find(editor.getViewer().getTree(), "3. Second saved title");
        assertTrue(row != null, "the tree shows the saved title");
        assertFalse(editor.isDirty(), "keeping history did not make the editor think the file changed on disk");
    }

    @Test
    void aPlanOverTheIdesOneMegabyteLimitStillGetsItsHistory() throws Exception {
        IFile file = Sample.fresh();
        PlanEditor editor = Sample.open(file);
        CorporateObjective violence = (CorporateObjective) editor.element("obj-violence");
        // long notes on 20 elements (each under the 100,000 characters a value may have) make the plan about 1.9 MB,
        // over the 1 MB at which Eclipse stops keeping versions by default
        String longNote = "Committee round notes. ".repeat(4_000);
        CompoundCommand notes = new CompoundCommand();
        Iterator<EObject> it = violence.eResource().getAllContents();
        for (int n = 0; n < 20 && it.hasNext();) {
            if (it.next() instanceof Element e) {
                notes.append(SetCommand.create(editor.getEditingDomain(), e, PlantracePackage.Literals.ELEMENT__NOTE,
                        longNote));
                n++;
            }
        }
        editor.getEditingDomain().getCommandStack().execute(notes);
        editor.doSave(null);
        long size = Files.size(file.getLocation().toPath());
        assertTrue(size > 1_500_000, "the saved plan is large: " + size);
        retitle(editor, violence, "Saved after the long note");
        editor.doSave(null);
        IFileState[] history = file.getHistory(null);
        assertTrue(history.length >= 2, "both saves kept a version: " + history.length);
        String replaced = contents(history[0]);
        assertTrue(replaced.contains(longNote), "the large version with the notes is in the history");
        assertFalse(replaced.contains("Saved after the long note"));
    }

    private static void retitle(PlanEditor editor, CorporateObjective o, String title) {
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), o,
                PlantracePackage.Literals.NAMED__TITLE, title));
        Ui.spin(100);
    }

    private static String contents(IFileState state) throws Exception {
        try (InputStream in = state.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
