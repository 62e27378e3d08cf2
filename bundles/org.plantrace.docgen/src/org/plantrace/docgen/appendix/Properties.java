package org.plantrace.docgen.appendix;

import org.plantrace.model.Element;
import org.plantrace.model.Property;

/** Reading the key/value properties frameworks carry. */
final class Properties {

    private Properties() {
    }

    /** The first value of {@code key}, or null. */
    static String get(Element e, String key) {
        for (Property p : e.getProperties()) {
            if (key.equals(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    static String get(Element e, String key, String fallback) {
        String v = get(e, key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
