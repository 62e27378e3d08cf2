package org.plantrace.model.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The SAX handler of every model file: EMF's XMI handler with our own limits (element depth, attribute and text
 * size, see {@link Limits}) and the line of every element kept so that later errors can name it
 * ({@link PlantraceResource#lineOf}). {@link PlantraceXmiHandler} adds the namespace lookup (registry only).
 */
abstract class HardenedXMIHandler extends SAXXMIHandler {

    private final Limits limits;
    private int depth;
    private int textChars;

    HardenedXMIHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, Limits limits) {
        super(resource, helper, options);
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (++depth > limits.maxDepth()) {
            throw limit("elements are nested more than " + limits.maxDepth() + " levels deep");
        }
        textChars = 0;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String v = attributes.getValue(i);
            if (v != null && v.length() > limits.maxValueChars()) {
                throw limit("attribute '" + attributes.getQName(i) + "' of <" + qName + "> has " + v.length()
                        + " characters, more than the " + limits.maxValueChars() + " a value may have");
            }
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        depth--;
        textChars = 0;
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        textChars += length;
        if (textChars > limits.maxValueChars()) {
            throw new LimitRuntimeException(limit("the text of an element has more than " + limits.maxValueChars()
                    + " characters"));
        }
        super.characters(ch, start, length);
    }

    private SAXParseException limit(String message) {
        return new SAXParseException(message, null, null, getLineNumber(), getColumnNumber());
    }

    private boolean rootSeen;

    @Override
    protected void handleObjectAttribs(EObject obj) {
        boolean root = !rootSeen; // the first element; reading its attributes may make others (proxies) meanwhile
        rootSeen = true;
        if (xmlResource instanceof PlantraceResource r) {
            r.recordLine(obj, getLineNumber());
        }
        super.handleObjectAttribs(obj);
        if (root) {
            rootRead(obj);
        }
    }

    /** The root element and its attributes are read (the first element whose attributes are handled). */
    protected void rootRead(EObject root) {
    }

    /** Carries a limit error out of a SAX callback that may not throw {@link SAXException}. */
    static final class LimitRuntimeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitRuntimeException(SAXParseException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
