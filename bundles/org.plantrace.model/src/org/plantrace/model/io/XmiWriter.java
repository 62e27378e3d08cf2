package org.plantrace.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Writes a plan, framework or results file: exactly the bytes EMF's XMI save writes with {@link PlantraceResource}'s
 * save options (UTF-8, lines of 100 with the attributes wrapped as EMF wraps them, references as encoded attribute
 * hrefs, no type information, "\n"), but straight into UTF-8 bytes, without EMF's string segments, copies and writer.
 *
 * <p>It writes only what it knows to write as EMF does: one root element of a package with a prefix of its own, the
 * attributes, lists of values, contained elements and references of the model, and text XML 1.0 can hold. Anything
 * else (a feature map, an unsettable feature, a contained element of a subclass, which takes an {@code xsi:type}, a
 * value of another type, an extrinsic id, an unknown element kept from an older format, a reference to an element in
 * no resource, a character XML cannot hold) makes {@link #write} answer false, and the caller saves with EMF.
 */
final class XmiWriter {

    private static final int CHUNK = 64 * 1024;

    /** What this writer does not write as EMF does: the caller saves with EMF instead. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private static final Unknown UNKNOWN = new Unknown();

    // how a feature is saved (EMF's XMLSaveImpl kinds, for the options Plantrace saves with)
    private static final int SKIP = 0;
    private static final int VALUE = 1; // an attribute
    private static final int VALUES = 2; // one element per value
    private static final int CONTAINED = 3;
    private static final int CONTAINED_MANY = 4;
    private static final int REFERENCE = 5; // an attribute of hrefs
    private static final int REFERENCES = 6;
    private static final int NOT_KNOWN = 7;

    /** The features of a class as they are saved, in metamodel order. */
    private record Layout(EStructuralFeature[] features, int[] kinds, byte[][] names) {
    }

    private static final Map<EClass, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private final XMIResource resource;
    private final XMLHelper helper;
    private final OutputStream out;
    private final byte[] buf = new byte[CHUNK];
    private int n;
    /** EMF's count of characters on the current line, which decides where attributes wrap. */
    private int width;
    /** Element depth as EMF counts it (the root is 1). */
    private int depth;
    /** A line break EMF puts before the root's first attribute, after its namespace declarations. */
    private boolean breakBeforeRootAttribute;
    private EPackage rootPackage;
    private String rootPrefix;

    private XmiWriter(XMIResource resource, OutputStream out) {
        this.resource = resource;
        this.out = out;
        this.helper = new XMIHelperImpl(resource);
    }

    /**
     * Writes {@code resource} to {@code out} as EMF's save with Plantrace's save options would (the caller has checked
     * the options). False when the model holds what this writer does not know: then {@code out} may hold part of the
     * file, to be discarded, and the caller saves with EMF.
     */
    static boolean write(XMIResource resource, OutputStream out) throws IOException {
        XmiWriter w = new XmiWriter(resource, out);
        try {
            w.document();
        } catch (RuntimeException e) {
            // Unknown: what this writer does not write as EMF does; anything else: a model in a state this writer did
            // not foresee. Either way EMF's save saves it (or fails) as before.
            return false;
        }
        w.flush();
        return true;
    }

    private void document() throws IOException {
        List<EObject> contents = resource.getContents();
        if (contents.size() != 1 || !"1.0".equals(resource.getXMLVersion())
                || !resource.getEObjectToExtensionMap().isEmpty() || !resource.getEObjectToIDMap().isEmpty()) {
            throw UNKNOWN;
        }
        EObject root = contents.get(0);
        if (((InternalEObject) root).eInternalContainer() != null) {
            throw UNKNOWN;
        }
        EClass eClass = root.eClass();
        rootPackage = eClass.getEPackage();
        rootPrefix = rootPackage.getNsPrefix();
        String nsURI = rootPackage.getNsURI();
        String xmiNamespace = resource.getXMINamespace();
        if (rootPrefix == null || rootPrefix.isEmpty() || nsURI == null || xmiNamespace == null
                || nsURI.equals(xmiNamespace) || List.of("xmi", "xsi", "xml", "xmlns").contains(rootPrefix)) {
            throw UNKNOWN;
        }
        ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line();
        depth = 1;
        String name = rootPrefix + ":" + eClass.getName();
        ascii("<");
        text(name);
        int mark = width;
        // EMF inserts the namespace declarations at this mark once the document is done: the attributes after it
        // are laid out as if they were not there
        attribute("xmi:version", resource.getXMIVersion());
        attribute("xmlns:xmi", xmiNamespace);
        attribute("xmlns:" + rootPrefix, nsURI);
        breakBeforeRootAttribute = width > PlantraceResource.LINE_WIDTH;
        width = mark;
        content((InternalEObject) root, name);
    }

    /** The element's attributes, then its elements and end tag (its start tag is written). */
    private void content(InternalEObject o, String name) throws IOException {
        Layout layout = layout(o.eClass());
        EStructuralFeature[] features = layout.features;
        int[] kinds = layout.kinds;
        boolean elements = false;
        for (int i = 0; i < features.length; i++) {
            int kind = kinds[i];
            if (kind == SKIP) {
                continue;
            }
            // the index of a feature among the class's features is its id (what eIsSet and eGet of a feature look up)
            if (!o.eIsSet(i)) {
                continue;
            }
            EStructuralFeature f = features[i];
            switch (kind) {
                case VALUE -> valueAttribute(layout.names[i], f, o.eGet(i, false, true));
                case REFERENCE -> referenceAttribute(layout.names[i], f, (EObject) o.eGet(i, false, true));
                case REFERENCES -> referencesAttribute(layout.names[i], f, (InternalEList<?>) o.eGet(i, false, true));
                case VALUES, CONTAINED, CONTAINED_MANY -> elements = true;
                default -> throw UNKNOWN;
            }
        }
        breakBeforeRootAttribute = false;
        if (!elements) {
            ascii("/>");
            line();
            return;
        }
        ascii(">");
        line();
        for (int i = 0; i < features.length; i++) {
            int kind = kinds[i];
            if (kind != VALUES && kind != CONTAINED && kind != CONTAINED_MANY) {
                continue;
            }
            if (!o.eIsSet(i)) {
                continue;
            }
            EStructuralFeature f = features[i];
            String child = f.getName();
            switch (kind) {
                case VALUES -> {
                    EDataType type = (EDataType) f.getEType();
                    for (Object v : (List<?>) o.eGet(i, false, true)) {
                        indent(depth);
                        ascii("<");
                        text(child);
                        ascii(">");
                        escaped(string(type, v), false);
                        ascii("</");
                        text(child);
                        ascii(">");
                        line();
                    }
                }
                case CONTAINED -> element((InternalEObject) o.eGet(i, false, true), f, child);
                default -> {
                    for (Object c : ((InternalEList<?>) o.eGet(i, false, true)).basicList()) {
                        if (c != null) {
                            element((InternalEObject) c, f, child);
                        }
                    }
                }
            }
        }
        indent(depth - 1);
        ascii("</");
        text(name);
        ascii(">");
        line();
    }

    private void element(InternalEObject child, EStructuralFeature f, String name) throws IOException {
        if (child == null) {
            return;
        }
        if (child.eDirectResource() != null || child.eIsProxy() || child.eClass() != f.getEType()) {
            throw UNKNOWN; // an href to a contained element elsewhere, or an xsi:type
        }
        depth++;
        indent(depth - 1);
        ascii("<");
        text(name);
        content(child, name);
        depth--;
    }

    private void valueAttribute(byte[] name, EStructuralFeature f, Object value) throws IOException {
        String s = string((EDataType) f.getEType(), value);
        startAttribute(name);
        escaped(s, true);
        ascii("\"");
    }

    private void referenceAttribute(byte[] name, EStructuralFeature f, EObject value) throws IOException {
        String href = href(f, value);
        startAttribute(name);
        text(href);
        ascii("\"");
    }

    private void referencesAttribute(byte[] name, EStructuralFeature f, InternalEList<?> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder hrefs = new StringBuilder();
        for (Iterator<?> it = values.basicIterator(); it.hasNext();) {
            if (hrefs.length() > 0) {
                hrefs.append(' ');
            }
            hrefs.append(href(f, (EObject) it.next()));
        }
        startAttribute(name);
        text(hrefs.toString());
        ascii("\"");
    }

    /** The reference as EMF writes it in encoded attribute style (not escaped, as EMF does not). */
    private String href(EStructuralFeature f, EObject value) {
        if (value == null) {
            throw UNKNOWN;
        }
        if (!value.eIsProxy() && value.eResource() == null) {
            throw UNKNOWN; // dangling: EMF's save fails
        }
        String href = helper.getHREF(value);
        if (href == null) {
            throw UNKNOWN;
        }
        if (!href.startsWith("#")) {
            EClass eClass = value.eClass();
            EClass expected = (EClass) f.getEType();
            if (eClass != expected && (expected.isAbstract() || f.getEGenericType().getETypeParameter() != null)) {
                if (eClass.getEPackage() != rootPackage) {
                    throw UNKNOWN;
                }
                return rootPrefix + ":" + eClass.getName() + " " + href;
            }
        }
        return href;
    }

    /** The value as EMF converts it (a value of a type this writer does not know is left to EMF). */
    private static String string(EDataType type, Object value) {
        if (value instanceof String s && type == EcorePackage.Literals.ESTRING) {
            return s;
        }
        if (!(value instanceof String || value instanceof Boolean || value instanceof Number
                || value instanceof Enumerator)) {
            throw UNKNOWN;
        }
        String s = type.getEPackage().getEFactoryInstance().convertToString(type, value);
        if (s == null) {
            throw UNKNOWN;
        }
        return s;
    }

    // ---- layout: EMF's XMLString (lines of PlantraceResource.LINE_WIDTH, two spaces an indent) ----

    private void attribute(String name, String value) throws IOException {
        startAttribute((name + "=\"").getBytes(StandardCharsets.UTF_8), name.length() + 2);
        text(value);
        ascii("\"");
    }

    private void startAttribute(byte[] nameAndQuote) throws IOException {
        startAttribute(nameAndQuote, nameAndQuote.length);
    }

    /** A space, or a line break and the attribute indent when the line is already longer than the width. */
    private void startAttribute(byte[] nameAndQuote, int chars) throws IOException {
        if (width > PlantraceResource.LINE_WIDTH) {
            line();
            indent(depth + 1);
        } else {
            if (breakBeforeRootAttribute) {
                // what EMF's XMLString.complete() inserts; it does not count (the lines were laid out before)
                int w = width;
                line();
                ascii("   ");
                width = w;
            }
            ascii(" ");
        }
        breakBeforeRootAttribute = false;
        bytes(nameAndQuote, chars);
    }

    private static final byte[] SPACES = " ".repeat(256).getBytes(StandardCharsets.US_ASCII);

    private void indent(int levels) throws IOException {
        int count = 2 * levels;
        while (count > 0) {
            int k = Math.min(count, SPACES.length);
            bytes(SPACES, k);
            count -= k;
        }
    }

    private void line() throws IOException {
        room(1);
        buf[n++] = '\n';
        width = 0;
    }

    private void ascii(String s) throws IOException {
        int len = s.length();
        room(len);
        for (int i = 0; i < len; i++) {
            buf[n++] = (byte) s.charAt(i);
        }
        width += len;
    }

    private void bytes(byte[] b, int len) throws IOException {
        room(len);
        System.arraycopy(b, 0, buf, n, len);
        n += len;
        width += len;
    }

    /** {@code s} as it is (names, hrefs): UTF-8, as many characters wide as it is long. */
    private void text(String s) throws IOException {
        if (copied(s, ASCII)) {
            return;
        }
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (n + 4 > buf.length) {
                flush();
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else {
                i = encode(s, i, c);
            }
        }
        width += len;
    }

    /**
     * {@code s} escaped as EMF's Escape does for an attribute ({@code &<"}, tab, line feed and carriage return as
     * references) or element text ({@code &<"}, carriage return, and {@code >} after {@code ]]}); a character XML 1.0
     * cannot hold (EMF's save fails on it) is left to EMF.
     */
    private void escaped(String s, boolean attribute) throws IOException {
        if (copied(s, PLAIN)) {
            return;
        }
        int len = s.length();
        int w = width;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (n + 6 > buf.length) {
                flush();
            }
            if (c >= 0x20 && c < 0x80) {
                switch (c) {
                    case '&' -> {
                        put5('&', 'a', 'm', 'p', ';');
                        w += 5;
                    }
                    case '<' -> {
                        put4('&', 'l', 't', ';');
                        w += 4;
                    }
                    case '"' -> {
                        put5('&', 'q', 'u', 'o', 't');
                        buf[n++] = ';';
                        w += 6;
                    }
                    case '>' -> {
                        if (!attribute && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') {
                            put4('&', 'g', 't', ';');
                            w += 4;
                        } else {
                            buf[n++] = '>';
                            w++;
                        }
                    }
                    default -> {
                        buf[n++] = (byte) c;
                        w++;
                    }
                }
            } else if (c == '\n') {
                if (attribute) {
                    put5('&', '#', 'x', 'A', ';');
                    w += 5;
                } else {
                    buf[n++] = '\n'; // EMF's line delimiter option
                    w++;
                }
            } else if (c == '\r') {
                put5('&', '#', 'x', 'D', ';');
                w += 5;
            } else if (c == '\t') {
                if (attribute) {
                    put5('&', '#', 'x', '9', ';');
                    w += 5;
                } else {
                    buf[n++] = '\t';
                    w++;
                }
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                throw UNKNOWN;
            } else {
                int at = i;
                i = encode(s, i, c);
                w += i - at + 1;
            }
        }
        width = w;
    }

    /** ASCII characters written as they are in escaped values ('?' is checked, see {@link #copied}). */
    private static final boolean[] PLAIN = new boolean[128];
    /** ASCII characters ('?' is checked). */
    private static final boolean[] ASCII = new boolean[128];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = c != '?';
            PLAIN[c] = c >= 0x20 && c != '&' && c != '<' && c != '"' && c != '>' && c != '?';
        }
    }

    /**
     * Writes {@code s} if all its characters are ASCII characters that {@code as} allows (most values are), which the
     * JDK copies out of the string at once; false (nothing written) when some character must be escaped or encoded.
     */
    private boolean copied(String s, boolean[] as) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1); // one byte a character, '?' for one it cannot hold
        int len = b.length;
        for (int i = 0; i < len; i++) {
            byte c = b[i];
            if (c < 0 || !as[c] && (c != '?' || s.charAt(i) != '?')) {
                return false;
            }
        }
        if (n + len > buf.length) {
            flush();
            if (len > buf.length) {
                out.write(b);
                width += len;
                return true;
            }
        }
        System.arraycopy(b, 0, buf, n, len);
        n += len;
        width += len;
        return true;
    }

    /** Encodes the non-ASCII character at {@code i} (a surrogate pair whole); returns the index of its last char. */
    private int encode(String s, int i, char c) {
        if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | c >> 6);
            buf[n++] = (byte) (0x80 | c & 0x3F);
            return i;
        }
        if (Character.isSurrogate(c)) {
            char low;
            if (!Character.isHighSurrogate(c) || i + 1 >= s.length()
                    || !Character.isLowSurrogate(low = s.charAt(i + 1))) {
                throw UNKNOWN; // EMF's save fails on an unpaired surrogate
            }
            int cp = Character.toCodePoint(c, low);
            buf[n++] = (byte) (0xF0 | cp >> 18);
            buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | cp & 0x3F);
            return i + 1;
        }
        buf[n++] = (byte) (0xE0 | c >> 12);
        buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[n++] = (byte) (0x80 | c & 0x3F);
        return i;
    }

    private void put4(char a, char b, char c, char d) {
        buf[n++] = (byte) a;
        buf[n++] = (byte) b;
        buf[n++] = (byte) c;
        buf[n++] = (byte) d;
    }

    private void put5(char a, char b, char c, char d, char e) {
        put4(a, b, c, d);
        buf[n++] = (byte) e;
    }

    private void room(int len) throws IOException {
        if (n + len > buf.length) {
            flush();
            if (len > buf.length) {
                throw UNKNOWN; // a name longer than a chunk: not Plantrace's
            }
        }
    }

    private void flush() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    // ---- what EMF saves of a class, and how ----

    private static Layout layout(EClass eClass) {
        return LAYOUTS.computeIfAbsent(eClass, XmiWriter::makeLayout);
    }

    private static Layout makeLayout(EClass eClass) {
        List<EStructuralFeature> all = eClass.getEAllStructuralFeatures();
        EStructuralFeature[] features = all.toArray(new EStructuralFeature[0]);
        int[] kinds = new int[features.length];
        byte[][] names = new byte[features.length][];
        for (int i = 0; i < features.length; i++) {
            kinds[i] = eClass.getFeatureID(features[i]) == i ? kind(features[i]) : NOT_KNOWN;
            names[i] = (features[i].getName() + "=\"").getBytes(StandardCharsets.UTF_8);
            if (names[i].length != features[i].getName().length() + 2) {
                kinds[i] = kinds[i] == SKIP ? SKIP : NOT_KNOWN; // widths count characters, not bytes
            }
        }
        return new Layout(features, kinds, names);
    }

    private static int kind(EStructuralFeature f) {
        if (f.isTransient()) {
            return SKIP;
        }
        if (f.isUnsettable()) {
            return NOT_KNOWN;
        }
        if (f instanceof EReference r) {
            if (r.isContainment()) {
                return r.isMany() ? CONTAINED_MANY : CONTAINED;
            }
            EReference opposite = r.getEOpposite();
            if (opposite != null && opposite.isContainment() || !r.isResolveProxies()) {
                return NOT_KNOWN;
            }
            return r.isMany() ? REFERENCES : REFERENCE;
        }
        EDataType type = ((EAttribute) f).getEAttributeType();
        if (type.getInstanceClass() == FeatureMap.Entry.class || !type.isSerializable()) {
            return NOT_KNOWN;
        }
        return f.isMany() ? VALUES : VALUE;
    }
}
