package org.plantrace.ui.internal.emf;

/**
 * A property value as handed to the property sheet. Wrapped so that the sheet does not offer to expand
 * referenced elements (an alignment's target, an objective's outcomes) into their own properties.
 */
public record PropertyValue(Object value) {

    public static Object unwrap(Object o) {
        return o instanceof PropertyValue v ? v.value() : o;
    }
}
