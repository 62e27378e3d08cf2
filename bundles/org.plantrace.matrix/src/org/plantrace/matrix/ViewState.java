package org.plantrace.matrix;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.model.Framework;

/**
 * What the user chose to see, kept by model identity (elements, frameworks, targets) rather than by
 * position, so it survives every refresh: hidden frameworks, collapsed rows, text filters, "gaps only",
 * measures on or off, and the sort.
 */
public final class ViewState {

    /** Sort key of the tree column (by label). */
    public static final Object SORT_BY_LABEL = "label";
    /** Sort key of the count column (by number of links). */
    public static final Object SORT_BY_COUNT = "count";

    /** The direction of the row sort. */
    public enum Direction {
        NONE, ASC, DESC
    }

    final Set<Framework> hiddenFrameworks = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<EObject> collapsed = Collections.newSetFromMap(new IdentityHashMap<>());
    String rowFilter = "";
    String columnFilter = "";
    boolean gapsOnly;
    boolean showMeasures;
    Object sortKey;
    Direction sortDirection = Direction.NONE;

    public String rowFilter() {
        return rowFilter;
    }

    public String columnFilter() {
        return columnFilter;
    }

    public boolean gapsOnly() {
        return gapsOnly;
    }

    public boolean showMeasures() {
        return showMeasures;
    }

    public boolean isHidden(Framework f) {
        return hiddenFrameworks.contains(f);
    }

    /** The sort key: {@link #SORT_BY_LABEL}, {@link #SORT_BY_COUNT} or an alignment target; null if unsorted. */
    public Object sortKey() {
        return sortDirection == Direction.NONE ? null : sortKey;
    }

    public Direction sortDirection() {
        return sortDirection;
    }

    static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
