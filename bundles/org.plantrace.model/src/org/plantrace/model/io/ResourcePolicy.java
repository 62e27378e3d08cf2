package org.plantrace.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;

/**
 * Which files a model may reach. A plan travels between people, so what it references is untrusted:
 * <ul>
 * <li>only {@code file:} URIs, resolved relative to the referring file: no network protocol, no
 * {@code jar:}, {@code archive:}, {@code platform:} or any other scheme;</li>
 * <li>only files inside the folder tree of the project of a file the user opened (the nearest folder above
 * it holding an Eclipse {@code .project}, else a {@code .git}, else the file's own folder), or inside a
 * folder the user allowed ({@code --allow-dir} on the command line, a preference in the workbench, through
 * {@link #setUserAllowedFolders}).</li>
 * </ul>
 * One policy belongs to one resource set; {@link ModelStore} installs it ({@link PolicyURIHandler} is the
 * only way the set reads or writes bytes) and adds the project of every file it loads.
 */
public final class ResourcePolicy {

    private static final List<Path> USER_ALLOWED = new CopyOnWriteArrayList<>();

    private final List<Path> roots = new CopyOnWriteArrayList<>();
    /** Answers of {@link #refusal} for the current allowed folders (a model refers to few files, many times). */
    private final java.util.Map<URI, java.util.Optional<String>> answers = new java.util.concurrent.ConcurrentHashMap<>();
    private List<Path> answered = List.of();

    /**
     * Folders the user allows references into, for every resource set from now on (the workbench feeds this from
     * its preference, the command line from {@code --allow-dir}). Replaces the previous list.
     */
    public static void setUserAllowedFolders(Collection<Path> folders) {
        List<Path> real = new ArrayList<>();
        for (Path p : folders) {
            real.add(canonical(p));
        }
        USER_ALLOWED.clear();
        USER_ALLOWED.addAll(real);
    }

    public static List<Path> userAllowedFolders() {
        return List.copyOf(USER_ALLOWED);
    }

    /** Allows the project folder tree of {@code file} (a file the user chose to open). */
    public void allowProjectOf(Path file) {
        Path root = projectRoot(file);
        if (!roots.contains(root)) {
            roots.add(root);
        }
    }

    /** The folders this policy allows, the user's included. */
    public List<Path> allowedFolders() {
        List<Path> all = new ArrayList<>(roots);
        all.addAll(USER_ALLOWED);
        return all;
    }

    /**
     * The folder tree a file belongs to: the nearest folder at or above its folder holding an Eclipse
     * {@code .project}, else the nearest holding {@code .git}, else its own folder.
     */
    public static Path projectRoot(Path file) {
        Path dir = canonical(file).getParent();
        if (dir == null) {
            return canonical(file);
        }
        for (String marker : new String[] { ".project", ".git" }) {
            for (Path d = dir; d != null; d = d.getParent()) {
                if (Files.exists(d.resolve(marker))) {
                    return d;
                }
            }
        }
        return dir;
    }

    /**
     * Why {@code uri} may not be read, or {@code null} when it may. Callers name the referring file and line;
     * the reason names the reference and what is allowed.
     */
    public String refusal(URI uri) {
        if (uri == null) {
            return "no address";
        }
        URI key = uri.trimFragment();
        List<Path> allowed = allowedFolders();
        if (!allowed.equals(answered)) {
            answers.clear();
            answered = allowed;
        }
        if (allowed.isEmpty()) {
            return decide(key, allowed);
        }
        if (answers.size() > 10_000) {
            answers.clear();
        }
        return answers.computeIfAbsent(key, k -> java.util.Optional.ofNullable(decide(k, allowed))).orElse(null);
    }

    private String decide(URI uri, List<Path> allowed) {
        if (!uri.isFile()) {
            String scheme = uri.scheme();
            return "'" + uri.trimFragment() + "' is not a local file (" + (scheme == null ? "no scheme" : scheme + ":")
                    + " references are never followed; only files beside the plan, e.g. ../frameworks/x.framework)";
        }
        Path p;
        try {
            p = canonical(Path.of(uri.toFileString()));
        } catch (InvalidPathException e) {
            return "'" + uri.trimFragment() + "' is not a valid file name";
        }
        if (allowed.isEmpty()) {
            return null; // nothing opened yet: the first file the set reads is the one the user chose
        }
        for (Path root : allowed) {
            if (p.startsWith(root)) {
                return null;
            }
        }
        return "'" + p + "' is outside the plan's folder tree (" + roots.stream().map(Path::toString)
                .reduce((a, b) -> a + ", " + b).orElse("none") + "); allow its folder with --allow-dir "
                + (p.getParent() == null ? p : p.getParent()) + " (or the workbench preference) to use it";
    }

    /** Throws an {@link IOException} naming the reference when {@code uri} may not be read. */
    public void check(URI uri) throws IOException {
        if (allowedFolders().isEmpty() && uri != null && uri.isFile()) {
            allowProjectOf(Path.of(uri.toFileString()));
        }
        // decided afresh for every read (never from the cache), so a link changed since is seen
        String why = uri == null ? "no address" : decide(uri.trimFragment(), allowedFolders());
        if (why != null) {
            throw new RefusedReferenceException(why);
        }
    }

    /** The real path where it exists, else the absolute normalised path of its nearest existing parent + rest. */
    static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            if (parent == null || parent.equals(abs)) {
                return abs;
            }
            return canonical(parent).resolve(abs.getFileName());
        }
    }

    /** A reference the policy refuses. */
    public static final class RefusedReferenceException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedReferenceException(String message) {
            super(message);
        }
    }
}
