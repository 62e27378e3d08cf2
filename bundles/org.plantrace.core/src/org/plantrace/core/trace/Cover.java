package org.plantrace.core.trace;

import org.plantrace.model.CorporateObjective;

/** How an objective covers a priority item. */
public record Cover(CorporateObjective objective, Via via, Link link) {

    /** The route by which a link reaches an item. */
    public enum Via {
        /** The item itself is linked. */
        DIRECT("direct"),
        /** A sub-item (e.g. a priority action of this PSA) is linked. */
        CHILD("through a sub-item"),
        /** The parent item (e.g. the whole PSA) is linked. */
        PARENT("through its parent"),
        /** An equivalent item in another framework is linked (NI 16 and APACS SPI 5.2). */
        CORRESPONDENCE("through an equivalent indicator");

        private final String text;

        Via(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
