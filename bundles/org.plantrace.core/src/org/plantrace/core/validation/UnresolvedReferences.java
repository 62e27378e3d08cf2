package org.plantrace.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Keeps the unresolved-reference findings of one validation run bounded: the references from one file into one other
 * file are listed one by one up to {@value #LISTED}; the rest of that group becomes a single finding on the referring
 * file's root that gives their number and the first few ids. A file with 64,000 broken references thus yields 101
 * findings, not 64,000 (nor 64,000 problem markers).
 */
final class UnresolvedReferences {

    /** How many unresolved references from one file into one other file are reported one by one. */
    static final int LISTED = 100;

    /** How many ids of the references beyond {@link #LISTED} the summary names. */
    private static final int NAMED = 5;

    private final Map<List<URI>, Group> groups = new LinkedHashMap<>();

    private static final class Group {
        final EObject root;
        final URI targetFile;
        int count;
        final List<String> ids = new ArrayList<>();

        Group(EObject root, URI targetFile) {
            this.root = root;
            this.targetFile = targetFile;
        }
    }

    /** The groups of this validation run, kept in its context (a fresh set when there is no context). */
    static UnresolvedReferences of(Map<Object, Object> ctx) {
        if (ctx == null) {
            return new UnresolvedReferences();
        }
        return (UnresolvedReferences) ctx.computeIfAbsent(UnresolvedReferences.class, k -> new UnresolvedReferences());
    }

    /**
     * Counts the unresolved {@code proxy} held by {@code owner}; whether it is to be reported on its own (one of the
     * first {@value #LISTED} of its group) or only counted for the group's summary.
     */
    boolean listOnItsOwn(EObject owner, InternalEObject proxy) {
        Resource r = owner.eResource();
        if (r == null || r.getContents().isEmpty()) {
            return true;
        }
        URI target = proxy.eProxyURI().trimFragment();
        Group g = groups.computeIfAbsent(List.of(r.getURI() == null ? URI.createURI("") : r.getURI(), target),
                k -> new Group(r.getContents().get(0), target));
        g.count++;
        if (g.count <= LISTED) {
            return true;
        }
        if (g.ids.size() < NAMED) {
            g.ids.add(String.valueOf(proxy.eProxyURI().fragment()));
        }
        return false;
    }

    /** One finding per group with more than {@value #LISTED} unresolved references, on the referring file's root. */
    void reportRest(Reporter reporter) {
        for (Group g : groups.values()) {
            if (g.count <= LISTED) {
                continue;
            }
            int more = g.count - LISTED;
            Resource r = g.root.eResource();
            String file = r == null || r.getURI() == null ? g.targetFile.toString()
                    : ProxyDescriptions.relative(g.targetFile, r.getURI());
            reporter.report(g.root, String.format(Locale.ROOT, "has %,d more unresolved references to %s than the %d"
                    + " listed one by one (%,d in all), e.g. to '%s'%s", more, file, LISTED, g.count,
                    String.join("', '", g.ids), more > g.ids.size() ? ", ..." : ""));
        }
    }

    interface Reporter {
        void report(EObject element, String message);
    }
}
