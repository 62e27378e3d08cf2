package org.plantrace.core.merge;

import java.util.List;

/**
 * One conflict of a three-way merge, in the domain's words and in a form the workbench can apply.
 *
 * @param kind        what kind of conflict
 * @param elementId   the stable id of the element concerned
 * @param feature     the feature (attribute or reference name) concerned, or null for the element itself
 * @param description what conflicts, in words, e.g. {@code target 2010/11 of measure 12 'Number of ...': 75 % (ours)
 *                    vs 78 % (theirs), base 70 %}
 * @param base        the base version for people ("(none)" when absent)
 * @param ours        our version for people
 * @param theirs      their version for people
 * @param baseValue   the base value as stored (attribute literals, reference hrefs relative to the file, element
 *                    ids for an order), null when absent
 * @param oursValue   our value as stored, null when absent (e.g. deleted)
 * @param theirsValue their value as stored, null when absent (e.g. deleted)
 */
public record MergeConflict(Kind kind, String elementId, String feature, String description, String base, String ours,
        String theirs, List<String> baseValue, List<String> oursValue, List<String> theirsValue) {

    /** Kinds of conflict. */
    public enum Kind {
        /** The same attribute or reference changed differently on both sides. */
        BOTH_CHANGED,
        /** We deleted an element they edited (or added something inside). */
        DELETED_BY_US_EDITED_BY_THEM,
        /** They deleted an element we edited (or added something inside). */
        EDITED_BY_US_DELETED_BY_THEM,
        /** One side links to an element the other side deleted. */
        DELETED_AND_LINKED,
        /** Both sides moved the element to different places. */
        MOVED_ON_BOTH_SIDES,
        /** Both sides reordered the same list differently. */
        REORDERED_ON_BOTH_SIDES
    }

    /** A stable key of the conflict within one merge: element, feature and kind. */
    public String key() {
        return elementId + "/" + (feature == null ? "" : feature) + "/" + kind.name();
    }

    @Override
    public String toString() {
        return description;
    }
}
