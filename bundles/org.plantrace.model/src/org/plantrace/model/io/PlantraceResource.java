package org.plantrace.model.io;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of plan and framework files.
 *
 * <p>Elements are addressed by their stable {@code id} attribute, never by position, so references
 * survive reordering and renumbering. Saving is deterministic: the same model always gives the same
 * bytes (no generated ids, no timestamps, features in metamodel order, content in model order).
 * Loading never resolves DOCTYPEs or external entities.
 */
public class PlantraceResource extends XMIResourceImpl {

    /** Parser features that forbid DOCTYPE declarations and any external entity or DTD. */
    public static final Map<String, Boolean> SECURE_PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    public PlantraceResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        setTrackingModification(false);

        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SECURE_PARSER_FEATURES));
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        load.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);

        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
        save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new HardenedXMIHandler(resource, helper, options, LoadGuard.limitsOf(getResourceSet()));
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    // ---- where each element was read, for errors found after loading ----

    private final Map<EObject, Integer> lines = new IdentityHashMap<>();

    void recordLine(EObject o, int line) {
        lines.put(o, Integer.valueOf(line));
    }

    /** The line the element starts on in the file it was loaded from, or 0 when unknown (e.g. created later). */
    public int lineOf(EObject o) {
        Integer l = lines.get(o);
        return l == null ? 0 : l.intValue();
    }

    @Override
    protected void doUnload() {
        lines.clear();
        scanned = false;
        super.doUnload();
    }

    // ---- ids: one scan of the contents, not one per unknown id ----

    private boolean scanned;

    @Override
    protected void attachedHelper(EObject eObject) {
        scanned = false;
        super.attachedHelper(eObject);
    }

    /**
     * EMF scans the whole resource for every id its map does not hold, so N references to missing ids cost N
     * scans. After one full scan (and until an element is attached), an id not in the map is not in the resource.
     */
    @Override
    protected EObject getEObjectByID(String id) {
        Map<String, EObject> map = getIntrinsicIDToEObjectMap();
        if (map == null || isLoading()) {
            return super.getEObjectByID(id);
        }
        EObject e = map.get(id);
        if (e != null && id.equals(org.eclipse.emf.ecore.util.EcoreUtil.getID(e)) && e.eResource() == this) {
            return e;
        }
        if (scanned && e == null) {
            return null;
        }
        map.clear();
        EObject found = super.getEObjectByID(id);
        scanned = true;
        return found;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected boolean useIDs() {
        return true;
    }
}
