package org.plantrace.model.io;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.plantrace.model.PlantracePackage;

/**
 * The SAX handler of {@link PlantraceResource}: resolves XML namespaces to packages from the package registry
 * only (EMF would otherwise load an unknown namespace URI as a resource, reaching out to whatever address a
 * file names), maps every readable Plantrace format version to the current package, and refuses newer versions
 * with a message naming both.
 */
final class PlantraceXmiHandler extends HardenedXMIHandler {

    private final PlantraceResource plantraceResource;

    PlantraceXmiHandler(PlantraceResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options, LoadGuard.limitsOf(resource.loadingSet()));
        this.plantraceResource = resource;
        if (resource.loadingSet() != null) {
            packageRegistry = resource.loadingSet().getPackageRegistry(); // a prefetched file: its set's packages
        }
    }

    @Override
    protected void rootRead(EObject root) {
        plantraceResource.rootRead(root);
    }

    @Override
    protected EPackage getPackageForURI(String uri) {
        if (FormatVersion.isPlantraceNamespace(uri)) {
            Optional<FormatVersion> version = FormatVersion.ofNamespace(uri);
            if (version.isEmpty()) {
                error(new XMIException("unknown Plantrace file format '" + uri + "'", getLocation(), getLineNumber(),
                        getColumnNumber()));
                return null;
            }
            FormatVersion v = version.get();
            if (FormatVersion.CURRENT.isOlderThan(v)) {
                error(new XMIException("written by a newer version of Plantrace (file format " + v
                        + "); this version reads file formats " + FormatVersion.OLDEST + " to " + FormatVersion.CURRENT
                        + ": open it with a newer Plantrace", getLocation(), getLineNumber(), getColumnNumber()));
                return null;
            }
            if (!v.isReadable()) {
                error(new XMIException("file format " + v + " is older than any this version of Plantrace reads ("
                        + FormatVersion.OLDEST + " to " + FormatVersion.CURRENT + ")", getLocation(), getLineNumber(),
                        getColumnNumber()));
                return null;
            }
            plantraceResource.noteFormatVersion(v);
            return PlantracePackage.eINSTANCE;
        }
        EPackage p = packageRegistry.getEPackage(uri);
        if (p == null) {
            error(new PackageNotFoundException(uri, getLocation(), getLineNumber(), getColumnNumber()));
        }
        return p;
    }
}
