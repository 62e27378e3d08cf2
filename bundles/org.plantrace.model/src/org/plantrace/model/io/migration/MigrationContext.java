package org.plantrace.model.io.migration;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * What a {@link MigrationStep} works on: the loaded resource, and the attributes and child elements of the
 * file that the current metamodel has no feature for, recorded per object. A step takes what it migrates;
 * whatever no step takes is reported as an error once all steps have run.
 */
public final class MigrationContext {

    private final XMLResource resource;
    private final List<String> log = new ArrayList<>();

    public MigrationContext(XMLResource resource) {
        this.resource = resource;
    }

    public XMLResource resource() {
        return resource;
    }

    /** Every object of the resource, depth first, as a snapshot: a step may change containments as it goes. */
    public List<EObject> allObjects() {
        List<EObject> all = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        return all;
    }

    /** Removes and returns the value of an attribute named {@code name} the current metamodel lacks. */
    public Optional<String> takeAttribute(EObject object, String name) {
        AnyType extension = resource.getEObjectToExtensionMap().get(object);
        if (extension == null) {
            return Optional.empty();
        }
        for (Iterator<FeatureMap.Entry> it = extension.getAnyAttribute().iterator(); it.hasNext();) {
            FeatureMap.Entry e = it.next();
            if (name.equals(e.getEStructuralFeature().getName())) {
                it.remove();
                forgetIfEmpty(object, extension);
                return Optional.of(String.valueOf(e.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Removes and returns the child elements named {@code name} the current metamodel has no feature for. */
    public List<AnyType> takeElements(EObject object, String name) {
        AnyType extension = resource.getEObjectToExtensionMap().get(object);
        List<AnyType> out = new ArrayList<>();
        if (extension == null) {
            return out;
        }
        for (Iterator<FeatureMap.Entry> it = extension.getMixed().iterator(); it.hasNext();) {
            FeatureMap.Entry e = it.next();
            EStructuralFeature f = e.getEStructuralFeature();
            if (name.equals(f.getName()) && e.getValue() instanceof AnyType child) {
                out.add(child);
                it.remove();
            }
        }
        forgetIfEmpty(object, extension);
        return out;
    }

    private void forgetIfEmpty(EObject object, AnyType extension) {
        boolean onlyText = extension.getMixed().stream()
                .allMatch(e -> e.getValue() instanceof String s && s.isBlank());
        if (extension.getAnyAttribute().isEmpty() && onlyText) {
            resource.getEObjectToExtensionMap().remove(object);
        }
    }

    /** Notes what was done, for the user ("objective 3: tier taken from its 'tier' property"). */
    public void log(String message) {
        log.add(message);
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    /** What no step has taken: per object, the names of its unknown attributes and elements. */
    public Map<EObject, List<String>> leftovers() {
        Map<EObject, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<EObject, AnyType> e : resource.getEObjectToExtensionMap().entrySet()) {
            List<String> names = new ArrayList<>();
            for (FeatureMap.Entry a : e.getValue().getAnyAttribute()) {
                names.add(a.getEStructuralFeature().getName());
            }
            for (FeatureMap.Entry m : e.getValue().getMixed()) {
                if (!(m.getValue() instanceof String)) {
                    names.add("<" + m.getEStructuralFeature().getName() + ">");
                }
            }
            if (!names.isEmpty()) {
                out.put(e.getKey(), names);
            }
        }
        return out;
    }
}
