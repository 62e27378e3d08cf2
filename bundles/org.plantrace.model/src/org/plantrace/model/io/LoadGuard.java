package org.plantrace.model.io;

import java.io.UnsupportedEncodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.IllegalValueException;

/**
 * The resource policy applied to a resource set, and the checks every load goes through:
 * <ul>
 * <li>{@link #install}: the set reads bytes only through a {@link PolicyURIHandler} and parses every file, whatever
 * its extension, with {@link PlantraceResource} (the hardened parser), so no other EMF parser or URI handler is
 * ever reached from model content;</li>
 * <li>{@link #checkReferences}: after a file loads, every cross-file reference it holds (and those of the files
 * they reach) is checked against the policy and resolved once, and a reference to an element of the wrong type
 * (a plan where a framework is expected, an objective where a framework item is) or an element written inside
 * another instead of referred to by id becomes a load error naming file, line and element, instead of an
 * {@code ArrayStoreException} or {@code ClassCastException} deep in whatever touches the reference first.</li>
 * </ul>
 */
public final class LoadGuard {

    private LoadGuard() {
    }

    /** Installs the policy on {@code rs} (once) with the default {@link Limits} and returns it. */
    public static ResourcePolicy install(ResourceSet rs) {
        return install(rs, Limits.DEFAULT);
    }

    /** Installs the policy on {@code rs} (once) with the given limits and returns it. */
    public static ResourcePolicy install(ResourceSet rs, Limits limits) {
        PolicyURIHandler existing = handlerOf(rs);
        if (existing != null) {
            return existing.policy();
        }
        PolicyURIHandler handler = new PolicyURIHandler(new ResourcePolicy(), limits);
        URIConverter converter = new ExtensibleURIConverterImpl(List.of(handler), List.<ContentHandler>of());
        rs.setURIConverter(converter);
        if (rs instanceof org.eclipse.emf.ecore.resource.impl.ResourceSetImpl impl && impl.getURIResourceMap() == null) {
            impl.setURIResourceMap(new java.util.HashMap<>());
        }
        PlantraceResourceFactory factory = new PlantraceResourceFactory(new Prefetch());
        rs.getResourceFactoryRegistry().getProtocolToFactoryMap().clear();
        rs.getResourceFactoryRegistry().getContentTypeToFactoryMap().clear();
        Map<String, Object> ext = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        ext.put(PlantraceResourceFactory.PLAN_EXTENSION, factory);
        ext.put(PlantraceResourceFactory.FRAMEWORK_EXTENSION, factory);
        ext.put(PlantraceResourceFactory.RESULTS_EXTENSION, factory);
        ext.put("xmi", factory);
        ext.put(Resource.Factory.Registry.DEFAULT_EXTENSION, factory);
        return handler.policy();
    }

    private static PolicyURIHandler handlerOf(ResourceSet rs) {
        if (rs == null) {
            return null;
        }
        for (Object h : rs.getURIConverter().getURIHandlers()) {
            if (h instanceof PolicyURIHandler p) {
                return p;
            }
        }
        return null;
    }

    /** The policy of {@code rs}, installing it when missing. */
    public static ResourcePolicy policyOf(ResourceSet rs) {
        return install(rs);
    }

    /** The read-ahead of the factory {@link #install} gave {@code rs}, or null. */
    static Prefetch prefetchOf(ResourceSet rs) {
        Object f = rs.getResourceFactoryRegistry().getExtensionToFactoryMap().get(Resource.Factory.Registry.DEFAULT_EXTENSION);
        return f instanceof PlantraceResourceFactory p ? p.prefetch() : null;
    }

    /** The limits files loaded into {@code rs} must keep to. */
    static Limits limitsOf(ResourceSet rs) {
        PolicyURIHandler h = handlerOf(rs);
        return h == null ? Limits.DEFAULT : h.limits();
    }

    /**
     * Checks every non-containment reference of {@code loaded} and of the files they reach: refused addresses,
     * elements of the wrong type and elements written where a reference belongs are load errors. References
     * that do not resolve (missing file or id) are left for validation to report.
     */
    public static void checkReferences(ResourceSet rs, Resource loaded, Path file) throws ModelLoadException {
        ResourcePolicy policy = policyOf(rs);
        Deque<Resource> todo = new ArrayDeque<>();
        Set<Resource> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(loaded);
        seen.add(loaded);
        while (!todo.isEmpty()) {
            Resource r = todo.poll();
            Path where = r == loaded ? file : fileOf(r);
            List<EObject> all = new ArrayList<>();
            r.getAllContents().forEachRemaining(all::add);
            for (EObject o : all) {
                for (EReference ref : o.eClass().getEAllReferences()) {
                    if (!isCrossReference(ref)) {
                        continue;
                    }
                    for (EObject v : values(o, ref)) {
                        EObject target = v;
                        if (v.eIsProxy()) {
                            URI uri = ((InternalEObject) v).eProxyURI();
                            String why = policy.refusal(uri.trimFragment());
                            if (why != null) {
                                if (uri.isFile() && !java.nio.file.Files.exists(Path.of(uri.toFileString()))) {
                                    continue; // nothing there to reach: validation reports the missing file
                                }
                                throw error(where, r, o, ref, "reference '" + uri + "' refused: " + why);
                            }
                            target = EcoreUtil.resolve(v, rs);
                            if (target.eIsProxy()) {
                                continue; // unresolved: reported by validation, naming file and id
                            }
                        }
                        if (!ref.getEReferenceType().isInstance(target)) {
                            throw error(where, r, o, ref, "'" + idOf(target) + "' is " + article(target.eClass())
                                    + " but " + ref.getName() + " needs " + article(ref.getEReferenceType()));
                        }
                        Resource tr = target.eResource();
                        if (tr == null) {
                            throw error(where, r, o, ref, "<" + ref.getName() + "> holds " + article(target.eClass())
                                    + " written inside " + describe(o) + "; refer to it by id instead (e.g. "
                                    + ref.getName() + "=\"its-id\")");
                        }
                        if (seen.add(tr)) {
                            todo.add(tr);
                        }
                    }
                }
            }
        }
    }

    /** Whether {@code ref} refers to elements by id, possibly in other files (not containment, derived or transient). */
    static boolean isCrossReference(EReference ref) {
        return !(ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient());
    }

    /** The values of {@code ref} held by {@code o}, proxies left unresolved. */
    @SuppressWarnings("unchecked")
    static List<EObject> values(EObject o, EReference ref) {
        Object v = o.eGet(ref, false);
        if (ref.isMany()) {
            return new ArrayList<>(((InternalEList<EObject>) v).basicList());
        }
        return v instanceof EObject e ? List.of(e) : List.of();
    }

    private static ModelLoadException error(Path file, Resource r, EObject o, EReference ref, String reason) {
        int line = r instanceof PlantraceResource pr ? pr.lineOf(o) : 0;
        return new ModelLoadException(file, line, 0, describe(o) + ", " + ref.getName() + ": " + reason, null);
    }

    private static Path fileOf(Resource r) {
        URI u = r.getURI();
        return u != null && u.isFile() ? Path.of(u.toFileString()) : Path.of(String.valueOf(u));
    }

    /** "alignment 'al-3'", in words a user recognises from the file. */
    static String describe(EObject o) {
        String id = EcoreUtil.getID(o);
        String kind = words(o.eClass().getName());
        return id == null ? kind : kind + " '" + id + "'";
    }

    private static String idOf(EObject o) {
        String id = EcoreUtil.getID(o);
        return id == null ? words(o.eClass().getName()) : id;
    }

    private static String article(EClass c) {
        String w = words(c.getName());
        return ("aeiou".indexOf(w.charAt(0)) >= 0 ? "an " : "a ") + w;
    }

    static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A better message than EMF's for errors it describes with object dumps ({@code ...Impl@7995092a}) or a bare
     * name, or {@code null} to leave the error to {@link ModelStore}.
     */
    static ModelLoadException translate(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResourcePolicy.RefusedReferenceException || t instanceof Limits.LimitExceededException) {
                return new ModelLoadException(file, 0, 0, t.getMessage(), e);
            }
            if (t instanceof HardenedXMIHandler.LimitRuntimeException l
                    && l.getCause() instanceof org.xml.sax.SAXParseException s) {
                return new ModelLoadException(file, s.getLineNumber(), s.getColumnNumber(), s.getMessage(), e);
            }
            if (t instanceof IllegalValueException iv) {
                int line = iv.getLine();
                if (line <= 0 && iv.getObject() != null && iv.getObject().eResource() instanceof PlantraceResource pr) {
                    line = pr.lineOf(iv.getObject());
                }
                return new ModelLoadException(file, line, line == iv.getLine() ? iv.getColumn() : 0, illegalValue(iv), e);
            }
            if (t instanceof UnsupportedEncodingException || t instanceof UnsupportedCharsetException
                    || t instanceof IllegalCharsetNameException) {
                String name = t instanceof UnsupportedCharsetException u ? u.getCharsetName()
                        : t instanceof IllegalCharsetNameException i ? i.getCharsetName() : t.getMessage();
                return new ModelLoadException(file, 1, 0, "unsupported character encoding '" + name
                        + "' in the XML declaration (save the file as UTF-8)", e);
            }
        }
        return null;
    }

    private static String illegalValue(IllegalValueException iv) {
        EStructuralFeature f = iv.getFeature();
        Object v = iv.getValue();
        String value = v instanceof EObject eo ? "'" + idOf(eo) + "' is " + article(eo.eClass())
                : "'" + shorten(String.valueOf(v)) + "' is not a valid value";
        String owner = iv.getObject() == null ? "an element" : describe(iv.getObject());
        if (f == null) {
            return owner + ": " + value;
        }
        String expected = f.getEType() instanceof EClass c ? article(c) : "a " + words(f.getEType().getName());
        return owner + ", " + f.getName() + ": " + value + " but " + f.getName() + " needs " + expected;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
