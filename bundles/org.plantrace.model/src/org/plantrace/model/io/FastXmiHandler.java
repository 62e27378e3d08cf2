package org.plantrace.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.plantrace.model.PlantracePackage;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of files in the current format as Plantrace writes them: it builds the model straight from the
 * metamodel (each EClass's features looked up once per XML name, values set by the load's own {@link XMLHelper} as
 * EMF's handler sets them, cross-file references made into the proxies EMF makes, references within the file
 * resolved at the end as EMF resolves them), without EMF's handler's generic machinery (namespace contexts, element
 * and type stacks, mixed text, extended meta data).
 *
 * <p>It reads only what it knows to read exactly as {@link PlantraceXmiHandler} does. Anything else (another
 * namespace or prefix, an unknown element or attribute, {@code xsi:}/{@code xmi:} attributes but the root's version,
 * a value EMF would refuse, a reference that does not resolve, a duplicate id, a limit reached, a parser error or
 * warning, a DOCTYPE) ends the parse with {@link Fallback}, and {@link PlantraceResource} loads the same bytes again
 * with EMF's handler, which gives the result and the messages it always gave.
 *
 * <p>Elements are attached to the resource when the document ends (as EMF's {@code OPTION_DEFER_ATTACHMENT} does);
 * what attaching does while loading, putting each element's id in the resource's id map, is done as each element
 * is read, at the moment and in the order EMF's handler attaches them (with their attributes set), so the map holds
 * what it holds after EMF's handler.
 */
final class FastXmiHandler extends DefaultHandler {

    /** Ends the fast parse: the file is loaded again by EMF's handler. */
    static final class Fallback extends SAXException {
        private static final long serialVersionUID = 1L;

        Fallback(String why) {
            super(why);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a control signal, thrown once per fallen-back load
        }
    }

    /** Whether {@code t} (an exception out of a load) is a fast parse giving up. */
    static boolean isFallback(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Fallback) {
                return true;
            }
        }
        return false;
    }

    private static final String XMI_URI = "http://www.omg.org/XMI";
    private static final String ROOT_PREFIX = PlantracePackage.eNS_PREFIX + ":";

    private final PlantraceResource resource;
    private final XMLHelper helper;
    private final Limits limits;
    private final URI resourceURI;
    private final boolean resolve;
    private final EPackage.Registry packageRegistry;

    private final Map<String, EObject> idMap;

    private Locator locator;
    private int depth;
    private int textChars;

    private EObject root;
    private EObject[] objects = new EObject[16]; // the elements open, innermost last; null for a data element
    private ClassInfo[] infos = new ClassInfo[16]; // their classes
    private int open;
    private EStructuralFeature dataFeature; // the feature whose value is the text being read, or null
    private StringBuilder text;

    private final List<Object[]> singles = new ArrayList<>(); // {object, reference, id, position, line, column}
    private final List<Many> manys = new ArrayList<>();
    private String[] idBuffer = new String[64];
    private int[] positionBuffer = new int[64];

    FastXmiHandler(PlantraceResource resource, XMLHelper helper, Map<?, ?> options) {
        this.resource = resource;
        this.helper = helper;
        ResourceSet set = resource.loadingSet();
        this.limits = LoadGuard.limitsOf(set);
        this.resourceURI = resource.getURI();
        this.resolve = resourceURI != null && resourceURI.isHierarchical() && !resourceURI.isRelative();
        this.packageRegistry = set != null ? set.getPackageRegistry() : EPackage.Registry.INSTANCE;
        resource.getEObjectToExtensionMap().clear();
        this.idMap = resource.getIntrinsicIDToEObjectMap();
        helper.setOptions(options);
        helper.setCheckForDuplicates(true); // OPTION_DEFER_IDREF_RESOLUTION, as EMF's handler sets it
    }

    // ---- what is known about each class: its features by XML name ----

    private static final int DATA = 1;
    private static final int CHILD = 2;
    private static final int REFERENCE = 3;
    /** A single string attribute: set as it is read (EMF's handler's value, Ecore's createFromString of a string). */
    private static final int STRING = 4;

    private record Slot(EStructuralFeature feature, int kind) {
    }

    /** A class's features by XML name, and its id attribute when that is a string (else null: EcoreUtil.getID). */
    private record ClassInfo(Map<String, Slot> attributes, Map<String, Slot> elements, EAttribute stringId) {
    }

    private static final Map<EClass, ClassInfo> CLASSES = new ConcurrentHashMap<>();

    private static ClassInfo info(EClass c) {
        ClassInfo info = CLASSES.get(c);
        if (info == null) {
            Map<String, Slot> attributes = new HashMap<>();
            Map<String, Slot> elements = new HashMap<>();
            for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
                if (!f.isChangeable() || f.isDerived() || f.isTransient() || f.isVolatile()
                        || FeatureMapUtil.isFeatureMap(f) || c.getEStructuralFeature(f.getName()) != f) {
                    continue; // read only by EMF's handler
                }
                if (f instanceof EAttribute a) {
                    attributes.put(f.getName(), new Slot(f,
                            !a.isMany() && a.getEAttributeType() == EcorePackage.Literals.ESTRING ? STRING : DATA));
                    elements.put(f.getName(), new Slot(f, DATA));
                } else if (f instanceof EReference r && !r.isContainer()) {
                    if (r.isContainment()) {
                        if (!r.getEReferenceType().isAbstract()) {
                            elements.put(f.getName(), new Slot(f, CHILD));
                        }
                    } else if (r.isResolveProxies()) {
                        attributes.put(f.getName(), new Slot(f, REFERENCE));
                    }
                }
            }
            EAttribute id = c.getEIDAttribute();
            info = new ClassInfo(attributes, elements,
                    id != null && id.getEAttributeType().getInstanceClass() == String.class
                            && id.getEAttributeType().getEPackage() == org.eclipse.emf.ecore.EcorePackage.eINSTANCE ? id : null);
            CLASSES.put(c, info);
        }
        return info;
    }

    // ---- SAX ----

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (++depth > limits.maxDepth()) {
            throw new Fallback("depth");
        }
        textChars = 0;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String v = attributes.getValue(i);
            if (v != null && v.length() > limits.maxValueChars()) {
                throw new Fallback("value length");
            }
        }
        if (dataFeature != null) {
            throw new Fallback("element inside a value");
        }
        if (root == null) {
            startRoot(qName, attributes);
            return;
        }
        EObject parent = open == 0 ? null : objects[open - 1];
        if (parent == null || qName.indexOf(':') >= 0) {
            throw new Fallback("element");
        }
        Slot slot = infos[open - 1].elements().get(qName);
        if (slot == null) {
            throw new Fallback("unknown element");
        }
        if (slot.kind() == DATA) {
            if (attributes.getLength() != 0) {
                throw new Fallback("attributes of a value");
            }
            dataFeature = slot.feature();
            text = new StringBuilder();
            push(null, null);
            return;
        }
        if (!slot.feature().isMany() && parent.eIsSet(slot.feature())) {
            throw new Fallback("a second child where one belongs"); // EMF detaches the first, and forgets its ids
        }
        EClass type = ((EReference) slot.feature()).getEReferenceType();
        EObject child = type.getEPackage().getEFactoryInstance().create(type);
        resource.recordLine(child, line());
        ClassInfo info = setAttributes(child, attributes, false);
        register(child, info);
        setValue(parent, slot.feature(), child, -1);
        push(child, info);
    }

    private void startRoot(String qName, Attributes attributes) throws SAXException {
        recordHeaderInformation();
        if (!qName.startsWith(ROOT_PREFIX)
                || !(PlantracePackage.eINSTANCE.getEClassifier(qName.substring(ROOT_PREFIX.length())) instanceof EClass c)
                || c.isAbstract() || !XMI_URI.equals(attributes.getValue("xmlns:xmi"))
                || !PlantracePackage.eNS_URI.equals(attributes.getValue("xmlns:" + PlantracePackage.eNS_PREFIX))
                || !"2.0".equals(attributes.getValue("xmi:version"))) {
            throw new Fallback("root");
        }
        resource.noteFormatVersion(FormatVersion.CURRENT);
        root = c.getEPackage().getEFactoryInstance().create(c);
        resource.recordLine(root, line());
        ClassInfo info = setAttributes(root, attributes, true);
        register(root, info);
        resource.rootRead(root);
        push(root, info);
    }

    private void push(EObject o, ClassInfo info) {
        if (open == objects.length) {
            objects = java.util.Arrays.copyOf(objects, open * 2);
            infos = java.util.Arrays.copyOf(infos, open * 2);
        }
        infos[open] = info;
        objects[open++] = o;
    }

    /**
     * What the resource's attachment of {@code o} does (with its attributes set, as EMF's handler attaches it): its id,
     * if it has one, is put in the resource's id map. The elements are attached once the document ends, with only
     * that left out.
     */
    private void register(EObject o, ClassInfo info) {
        String id = info.stringId() != null ? (String) o.eGet(info.stringId()) : EcoreUtil.getID(o);
        if (id != null) {
            idMap.put(id, o);
        }
    }

    private ClassInfo setAttributes(EObject o, Attributes attributes, boolean isRoot) throws SAXException {
        ClassInfo info = info(o.eClass());
        Map<String, Slot> slots = info.attributes();
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String name = attributes.getQName(i);
            Slot slot = slots.get(name);
            if (slot == null) {
                if (isRoot && (name.equals("xmlns:xmi") || name.equals("xmi:version")
                        || name.equals("xmlns:" + PlantracePackage.eNS_PREFIX))) {
                    continue;
                }
                throw new Fallback("unknown attribute");
            }
            if (slot.kind() == STRING) {
                try {
                    o.eSet(slot.feature(), attributes.getValue(i));
                } catch (RuntimeException e) {
                    throw new Fallback("value");
                }
            } else if (slot.kind() == DATA) {
                setValue(o, slot.feature(), attributes.getValue(i), -2);
            } else {
                setReferences(o, (EReference) slot.feature(), attributes.getValue(i));
            }
        }
        return info;
    }

    /** What EMF's {@code XMLHandler.setValueFromId} does with references resolved at the end of the document. */
    private void setReferences(EObject o, EReference ref, String value) throws SAXException {
        int size = 0;
        int position = 0;
        EClass typed = null; // the type a "prefix:Name" token gave the next proxy
        for (StringTokenizer st = new StringTokenizer(value); st.hasMoreTokens();) {
            String id = st.nextToken();
            int hash = id.indexOf('#');
            if (hash > 0) {
                proxy(o, ref, typed != null ? typed : ref.getEReferenceType(), id);
                typed = null;
                position++;
                continue;
            }
            if (hash == 0) {
                id = id.substring(1);
            } else if (id.indexOf(':') >= 0) {
                if (!id.startsWith(ROOT_PREFIX)
                        || !(PlantracePackage.eINSTANCE.getEClassifier(id.substring(ROOT_PREFIX.length())) instanceof EClass c)) {
                    throw new Fallback("reference type");
                }
                typed = c;
                continue;
            }
            typed = null;
            if (size == idBuffer.length) {
                idBuffer = java.util.Arrays.copyOf(idBuffer, size * 2);
                positionBuffer = java.util.Arrays.copyOf(positionBuffer, size * 2);
            }
            idBuffer[size] = id;
            positionBuffer[size++] = position++;
        }
        if (position == 0) {
            throw new Fallback("empty reference");
        }
        int line = line();
        int column = column();
        if (size <= 5) { // EMF's REFERENCE_THRESHOLD
            for (int i = 0; i < size; i++) {
                singles.add(new Object[] { o, ref, idBuffer[i], Integer.valueOf(positionBuffer[i]),
                        Integer.valueOf(line), Integer.valueOf(column) });
            }
        } else {
            manys.add(new Many(o, ref, java.util.Arrays.copyOf(idBuffer, size, Object[].class),
                    java.util.Arrays.copyOf(positionBuffer, size), line, column));
        }
    }

    /**
     * The proxy EMF's handler makes for a reference to another file: of the reference's type or the one the value
     * names before it ({@code plantrace:PriorityItem ../nis.framework#ni-1}), made, added, then given its URI.
     */
    private void proxy(EObject o, EReference ref, EClass type, String literal) throws SAXException {
        if (type.isAbstract()) {
            throw new Fallback("proxy of an abstract type");
        }
        InternalEObject proxy = (InternalEObject) type.getEPackage().getEFactoryInstance().create(type);
        resource.recordLine(proxy, line());
        setValue(o, ref, proxy, -1);
        URI uri;
        try {
            uri = URI.createURI(literal);
            if (resolve && uri.isRelative() && uri.hasRelativePath()
                    && !packageRegistry.containsKey(uri.trimFragment().toString())) {
                uri = helper.resolve(uri, resourceURI);
            }
        } catch (RuntimeException e) {
            throw new Fallback("reference URI");
        }
        proxy.eSetProxyURI(uri);
        if (uri.trimFragment().equals(resourceURI)) {
            throw new Fallback("reference to this file by its name");
        }
    }

    private void setValue(EObject o, EStructuralFeature f, Object value, int position) throws SAXException {
        try {
            helper.setValue(o, f, value, position);
        } catch (RuntimeException e) {
            throw new Fallback("value");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        textChars = 0;
        if (dataFeature != null) {
            EStructuralFeature f = dataFeature;
            dataFeature = null;
            open--;
            setValue(objects[open - 1], f, text.toString(), -1);
            text = null;
        } else {
            open--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        textChars += length;
        if (textChars > limits.maxValueChars()) {
            throw new Fallback("text length");
        }
        if (dataFeature != null) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endDocument() throws SAXException {
        if (root == null) {
            throw new Fallback("no root");
        }
        @SuppressWarnings("unchecked")
        InternalEList<EObject> extent = (InternalEList<EObject>) resource.getContents();
        resource.attachRead(() -> extent.addUnique(root)); // their ids are in the map already
        for (Object[] s : singles) {
            EObject target = lookUp((String) s[2]);
            setValue((EObject) s[0], (EStructuralFeature) s[1], target, ((Integer) s[3]).intValue());
        }
        for (Many m : manys) {
            Object[] values = m.values;
            for (int i = 0; i < values.length; i++) {
                values[i] = lookUp((String) values[i]);
            }
            List<?> failed;
            try {
                failed = helper.setManyReference(m, resourceURI == null ? "" : resourceURI.toString());
            } catch (RuntimeException e) {
                throw new Fallback("references");
            }
            if (failed != null && !failed.isEmpty()) {
                throw new Fallback("references");
            }
        }
    }

    private EObject lookUp(String id) throws SAXException {
        EObject target;
        try {
            target = resource.getEObject(id);
        } catch (RuntimeException e) {
            throw new Fallback("reference");
        }
        if (target == null) {
            throw new Fallback("unresolved reference");
        }
        return target;
    }

    /** What EMF's handler records of the XML declaration. */
    private void recordHeaderInformation() {
        if (locator instanceof Locator2 l) {
            if (l.getEncoding() != null) {
                resource.setEncoding(l.getEncoding());
            }
            if (l.getXMLVersion() != null) {
                resource.setXMLVersion(l.getXMLVersion());
            }
        }
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
        throw new Fallback("parser warning");
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw new Fallback("parser error");
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw new Fallback("malformed");
    }

    /** A reference of more than five values, resolved as EMF's handler resolves it. */
    private static final class Many implements XMLHelper.ManyReference {
        final EObject object;
        final EStructuralFeature feature;
        final Object[] values;
        final int[] positions;
        final int line;
        final int column;

        Many(EObject object, EStructuralFeature feature, Object[] values, int[] positions, int line, int column) {
            this.object = object;
            this.feature = feature;
            this.values = values;
            this.positions = positions;
            this.line = line;
            this.column = column;
        }

        @Override
        public EObject getObject() {
            return object;
        }

        @Override
        public EStructuralFeature getFeature() {
            return feature;
        }

        @Override
        public Object[] getValues() {
            return values;
        }

        @Override
        public int[] getPositions() {
            return positions;
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return column;
        }
    }

    /** The options this handler reads as EMF's handler does: the defaults of {@link PlantraceResource}. */
    static boolean handles(Map<?, ?> options) {
        for (Map.Entry<?, ?> e : options.entrySet()) {
            Object k = e.getKey();
            Object v = e.getValue();
            boolean known = XMLResource.OPTION_PARSER_FEATURES.equals(k) ? PlantraceResource.SECURE_PARSER_FEATURES.equals(v)
                    : XMLResource.OPTION_DEFER_IDREF_RESOLUTION.equals(k) ? Boolean.TRUE.equals(v)
                    : XMLResource.OPTION_RECORD_UNKNOWN_FEATURE.equals(k) ? Boolean.FALSE.equals(v)
                    : XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE.equals(k) ? Boolean.TRUE.equals(v)
                    : false;
            if (!known) {
                return false;
            }
        }
        return Boolean.TRUE.equals(options.get(XMLResource.OPTION_DEFER_IDREF_RESOLUTION))
                && Boolean.TRUE.equals(options.get(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE));
    }
}
