package org.plantrace.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.plantrace.model.Framework;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.ResultSet;
import org.xml.sax.SAXParseException;

/**
 * Loading and saving plan and framework files, for the command line, the workbench and tests alike.
 *
 * <p>Loading reports unusable input as a {@link ModelLoadException} naming file and line and never
 * writes to the file. Saving is atomic: the new content is written to a temporary file beside the
 * target, flushed to disk, then renamed over it, so a failed save leaves the old file intact.
 */
public final class ModelStore {

    private ModelStore() {
    }

    /** A resource set that knows {@code .plan}, {@code .framework}, {@code .results} and {@code .xmi} files. */
    public static ResourceSet newResourceSet() {
        PlantracePackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        Map<String, Object> ext = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        PlantraceResourceFactory factory = new PlantraceResourceFactory();
        ext.put(PlantraceResourceFactory.PLAN_EXTENSION, factory);
        ext.put(PlantraceResourceFactory.FRAMEWORK_EXTENSION, factory);
        ext.put(PlantraceResourceFactory.RESULTS_EXTENSION, factory);
        ext.put("xmi", factory);
        rs.getPackageRegistry().put(PlantracePackage.eNS_URI, PlantracePackage.eINSTANCE);
        LoadGuard.install(rs);
        return rs;
    }

    /** Loads a plan file into a fresh resource set; frameworks it references load on demand. */
    public static Plan loadPlan(Path file) throws ModelLoadException {
        return loadRoot(newResourceSet(), file, Plan.class);
    }

    /** Loads a results file into a fresh resource set; the plan whose measures it reports loads on demand. */
    public static ResultSet loadResults(Path file) throws ModelLoadException {
        return loadRoot(newResourceSet(), file, ResultSet.class);
    }

    /** Loads a framework file into a fresh resource set. */
    public static Framework loadFramework(Path file) throws ModelLoadException {
        return loadRoot(newResourceSet(), file, Framework.class);
    }

    /** Loads {@code file} into {@code rs} and returns its root, which must be of {@code type}. */
    public static <T extends EObject> T loadRoot(ResourceSet rs, Path file, Class<T> type)
            throws ModelLoadException {
        Resource r = load(rs, file);
        if (r.getContents().isEmpty()) {
            throw new ModelLoadException(file, 0, 0, "the file contains no model element", null);
        }
        EObject root = r.getContents().get(0);
        if (!type.isInstance(root)) {
            throw new ModelLoadException(file, 0, 0, "expected a " + type.getSimpleName() + " but the file holds a "
                    + root.eClass().getName(), null);
        }
        return type.cast(root);
    }

    /** Loads {@code file} into {@code rs}; any problem becomes a {@link ModelLoadException}. */
    public static Resource load(ResourceSet rs, Path file) throws ModelLoadException {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new ModelLoadException(file, 0, 0, "no such file", null);
        }
        if (Files.isDirectory(abs)) {
            throw new ModelLoadException(file, 0, 0, "is a directory, not a model file", null);
        }
        if (!Files.isReadable(abs)) {
            throw new ModelLoadException(file, 0, 0, "cannot be read (permission denied)", null);
        }
        LoadGuard.policyOf(rs).allowProjectOf(abs);
        AtomicFile.removeStaleTemporaries(abs, AtomicFile.STALE_ON_LOAD);
        URI uri = URI.createFileURI(abs.toString());
        Resource existing = rs.getResource(uri, false);
        if (existing != null && existing.isLoaded() && existing.getErrors().isEmpty()) {
            return existing;
        }
        Resource r = existing != null ? existing : rs.createResource(uri);
        Prefetch prefetch = LoadGuard.prefetchOf(rs);
        if (prefetch != null && r instanceof PlantraceResource pr && !pr.isLoaded()) {
            pr.prefetchReferencesInto(rs);
        }
        try {
            return finishLoad(rs, r, file, () -> r.load(rs.getLoadOptions()));
        } finally {
            if (prefetch != null) {
                prefetch.forgetRest(); // what the file names is resolved by now; later loads read afresh
            }
        }
    }

    /**
     * Loads {@code content} as if it were the file {@code file} (its URI, so relative references resolve as from the
     * file, under the same policy and checks): a recovered copy of unsaved changes, which lives elsewhere. The file
     * itself is not read.
     */
    public static Resource loadContent(ResourceSet rs, Path file, byte[] content) throws ModelLoadException {
        Path abs = file.toAbsolutePath().normalize();
        LoadGuard.policyOf(rs).allowProjectOf(abs);
        URI uri = URI.createFileURI(abs.toString());
        Resource existing = rs.getResource(uri, false);
        if (existing != null) {
            existing.unload();
            rs.getResources().remove(existing);
        }
        Resource r = rs.createResource(uri);
        return finishLoad(rs, r, file, () -> r.load(new PlantraceResource.Bytes(content), rs.getLoadOptions()));
    }

    private interface Loading {
        void run() throws IOException;
    }

    private static Resource finishLoad(ResourceSet rs, Resource r, Path file, Loading loading)
            throws ModelLoadException {
        if (r == null) {
            throw new ModelLoadException(file, 0, 0, "unknown file type (expected .plan, .framework or .results)", null);
        }
        try {
            loading.run();
        } catch (IOException | RuntimeException e) {
            rs.getResources().remove(r);
            throw translate(file, e);
        }
        if (!r.getErrors().isEmpty()) {
            Resource.Diagnostic d = r.getErrors().get(0);
            rs.getResources().remove(r);
            if (d instanceof Exception ex && LoadGuard.translate(file, ex) instanceof ModelLoadException m) {
                throw m;
            }
            throw new ModelLoadException(file, d.getLine(), d.getColumn(), clean(d.getMessage()), null);
        }
        try {
            LoadGuard.checkReferences(rs, r, file);
        } catch (ModelLoadException e) {
            rs.getResources().remove(r);
            throw e;
        }
        return r;
    }

    /**
     * Loads a model from {@code bytes} (e.g. one version of a file read from git) into {@code rs} as the resource
     * {@code uri}, through the same hardened parser and limits as a file; references stay unresolved (proxies), so
     * nothing else is read. Problems name {@code name} (what the user knows the bytes as, e.g. a path at a commit).
     */
    public static Resource load(ResourceSet rs, byte[] bytes, URI uri, String name) throws ModelLoadException {
        Path shown = Path.of(name);
        Limits limits = LoadGuard.limitsOf(rs);
        if (bytes.length > limits.maxFileBytes()) {
            throw new ModelLoadException(shown, 0, 0, "the file is larger than the " + (limits.maxFileBytes() >> 20)
                    + " MB a model file may have", null);
        }
        Resource existing = rs.getResource(uri, false);
        if (existing != null) {
            rs.getResources().remove(existing);
        }
        Resource r = rs.createResource(uri);
        if (r == null) {
            throw new ModelLoadException(shown, 0, 0, "unknown file type (expected .plan or .framework)", null);
        }
        try {
            r.load(new PlantraceResource.Bytes(bytes), rs.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            rs.getResources().remove(r);
            throw translate(shown, e);
        }
        if (!r.getErrors().isEmpty()) {
            Resource.Diagnostic d = r.getErrors().get(0);
            rs.getResources().remove(r);
            if (d instanceof Exception ex && LoadGuard.translate(shown, ex) instanceof ModelLoadException m) {
                throw m;
            }
            throw new ModelLoadException(shown, d.getLine(), d.getColumn(), clean(d.getMessage()), null);
        }
        if (r.getContents().isEmpty()) {
            rs.getResources().remove(r);
            throw new ModelLoadException(shown, 0, 0, "the file contains no model element", null);
        }
        return r;
    }

    static ModelLoadException translate(Path file, Throwable e) {
        ModelLoadException guarded = LoadGuard.translate(file, e);
        if (guarded != null) {
            return guarded;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PackageNotFoundException p) {
                return new ModelLoadException(file, p.getLine(), p.getColumn(),
                        "not a Plantrace model: unknown namespace '" + p.uri() + "' (expected '"
                                + PlantracePackage.eNS_URI + "')", e);
            }
            if (t instanceof SAXParseException s) {
                return new ModelLoadException(file, s.getLineNumber(), s.getColumnNumber(),
                        describeSax(s.getMessage()), e);
            }
            if (t instanceof XMIException x) {
                return new ModelLoadException(file, x.getLine(), x.getColumn(), clean(x.getMessage()), e);
            }
            if (t instanceof NoSuchFileException) {
                return new ModelLoadException(file, 0, 0, "no such file", e);
            }
        }
        Throwable root = e instanceof WrappedException w && w.exception() != null ? w.exception() : e;
        return new ModelLoadException(file, 0, 0, clean(String.valueOf(root.getMessage())), e);
    }

    private static String describeSax(String message) {
        String m = clean(message);
        if (m.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed in model files (external entities are never resolved)";
        }
        if (m.contains("Content is not allowed in prolog")) {
            return "not an XML file (" + m + ")";
        }
        if (m.contains("must start and end within the same entity") || m.contains("Premature end of file")) {
            return "the file is truncated or incomplete (" + m + ")";
        }
        return "malformed XML: " + m;
    }

    private static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        // EMF repeats the file URI and position in parentheses; the caller prints them already.
        return message.replaceAll("\\s*\\((file|platform|archive):[^)]*\\)", "").trim();
    }

    /**
     * Saves {@code resource} atomically to its file: temporary file in the same folder, flushed,
     * then renamed over the target. On failure the previous file is left untouched.
     */
    public static void save(Resource resource) throws IOException {
        URI uri = resource.getURI();
        if (!uri.isFile()) {
            throw new IOException("can only save to files, not " + uri);
        }
        saveTo(resource, Path.of(uri.toFileString()));
    }

    /** Serialises {@code resource} to {@code target} atomically (see {@link #save(Resource)}). */
    public static void saveTo(Resource resource, Path target) throws IOException {
        byte[] bytes = serialise(resource);
        writeAtomically(target, bytes);
    }

    /** The exact bytes {@link #save} would write. */
    public static byte[] serialise(Resource resource) throws IOException {
        return serialise(resource, 64 * 1024);
    }

    /** {@link #serialise(Resource)} into a buffer of {@code expectedBytes} to start with (e.g. a known version's size). */
    public static byte[] serialise(Resource resource, int expectedBytes) throws IOException {
        SaveBuffer out = new SaveBuffer(Math.max(1024, expectedBytes)); // a plan file's resource writes straight into it
        resource.save(out, null);
        return out.toByteArray();
    }

    /** Writes {@code bytes} to {@code target} through a temporary file and an atomic rename. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        AtomicFile.write(target, bytes);
    }
}
