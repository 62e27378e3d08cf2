package org.plantrace.core.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Why a reference does not resolve, in plan terms: the referenced file cannot be found, cannot be loaded, is unusable
 * (with its first error), or has no element with the id. Whether a file exists is asked once per validation run.
 */
final class ProxyDescriptions {

    private ProxyDescriptions() {
    }

    /** Whether each referenced file exists, asked once per validation run (not once per reference). */
    @SuppressWarnings("unchecked")
    static Map<URI, Boolean> filesSeen(Map<Object, Object> ctx) {
        if (ctx == null) {
            return new HashMap<>();
        }
        return (Map<URI, Boolean>) ctx.computeIfAbsent(PlanValidator.class.getName() + ".files", k -> new HashMap<URI, Boolean>());
    }

    static String describe(EObject o, EReference ref, InternalEObject proxy, Map<URI, Boolean> files) {
        URI uri = proxy.eProxyURI();
        String id = uri.fragment();
        URI fileUri = uri.trimFragment();
        String file = o.eResource() != null ? relative(fileUri, o.eResource().getURI()) : fileUri.toString();
        Resource r = o.eResource() == null || o.eResource().getResourceSet() == null ? null
                : o.eResource().getResourceSet().getResource(fileUri, false);
        String what = "(" + ref.getName() + ") refers to '" + id + "' in " + file;
        boolean exists = o.eResource() != null && o.eResource().getResourceSet() != null
                && files.computeIfAbsent(fileUri, u -> o.eResource().getResourceSet().getURIConverter().exists(u, null));
        if (!exists) {
            return what + ", but that file cannot be found";
        }
        if (r == null || !r.isLoaded()) {
            return what + ", but that file cannot be loaded";
        }
        if (!r.getErrors().isEmpty()) {
            Resource.Diagnostic e = r.getErrors().get(0);
            return what + ", but that file is unusable (line " + e.getLine() + ": " + e.getMessage() + ")";
        }
        return what + ", but " + file + " has no element with id '" + id + "'";
    }

    static String relative(URI target, URI base) {
        if (target.isFile() && base.isFile()) {
            URI rel = target.deresolve(base, true, true, false);
            return rel.toString();
        }
        return target.toString();
    }
}
