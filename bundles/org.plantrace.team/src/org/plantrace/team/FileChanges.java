package org.plantrace.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.core.merge.PlanChanges;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * "Changes to the Plan" between two files (an earlier and a later version side by side, e.g. the plan before and
 * after the committee round): each change with the change note the later file gives its element. Both files are
 * read as files of the later one's folder, so links to frameworks compare as written and are never followed.
 */
public final class FileChanges {

    /** The changes and the two files' names, for a document's title. */
    public record Result(String from, String to, PlanChanges.Report report) {
    }

    private FileChanges() {
    }

    /** @throws ModelLoadException when a file is missing or not a usable model file (naming it) */
    public static Result between(Path earlier, Path later) throws ModelLoadException {
        PlanChanges.Report report = PlanChanges.of(load(earlier, later), load(later, later));
        return new Result(earlier.getFileName().toString(), later.getFileName().toString(), report);
    }

    /** {@code file} loaded as a file of {@code later}'s folder. */
    public static Resource load(Path file, Path later) throws ModelLoadException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ModelLoadException(file, 0, 0, "is a directory, not a model file", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(file, 0, 0, "no such file", e);
        } catch (IOException e) {
            throw new ModelLoadException(file, 0, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
        URI uri = URI.createFileURI(later.toAbsolutePath().normalize().toString());
        return ModelStore.load(ModelStore.newResourceSet(), bytes, uri, file.toString());
    }
}
