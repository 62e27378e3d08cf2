package org.plantrace.matrix;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.IntPredicate;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.trace.Scheme;
import org.plantrace.model.Framework;

/**
 * Which rows and columns of the matrix the filters let through, and the order of sibling rows, as the view state
 * asks; the rows' search text is made once per model.
 */
final class Matching {

    private final RowTree tree;
    private final ColumnSet columns;
    private final LinkIndex links;
    private String[] rowSearchText;

    Matching(RowTree tree, ColumnSet columns, LinkIndex links) {
        this.tree = tree;
        this.columns = columns;
        this.links = links;
    }

    /** Rows whose reference or title contain the row filter; null when there is no filter. */
    IntPredicate rows(ViewState state) {
        String f = state.rowFilter;
        if (f.isEmpty()) {
            return null;
        }
        if (rowSearchText == null) {
            rowSearchText = new String[tree.size()];
            for (int r = 0; r < tree.size(); r++) {
                EObject e = tree.element(r);
                rowSearchText[r] = (RowTexts.printedRef(e) + " " + RowTexts.label(e)).toLowerCase(Locale.ROOT);
            }
        }
        String[] text = rowSearchText;
        return r -> text[r].contains(f);
    }

    /** Columns whose label or title contain the column filter; null when there is no filter. */
    IntPredicate columns(ViewState state) {
        String f = state.columnFilter;
        if (f.isEmpty()) {
            return null;
        }
        return c -> (columns.label(c) + " " + columns.title(c)).toLowerCase(Locale.ROOT).contains(f);
    }

    /** Frameworks whose label or scheme contain the column filter. */
    IntPredicate frameworks(ViewState state) {
        String f = state.columnFilter;
        return fi -> {
            Framework fw = columns.frameworks().get(fi);
            String s = columns.frameworkLabel(fi) + " " + Scheme.of(fw.getKind()).title() + " "
                    + Scheme.of(fw.getKind()).cliName();
            return s.toLowerCase(Locale.ROOT).contains(f);
        };
    }

    /** The order of sibling rows the sort asks for; null for the model's order. */
    Comparator<Integer> order(ViewState state, boolean[] frameworkShown) {
        Object key = state.sortKey();
        if (key == null) {
            return null;
        }
        Comparator<Integer> c;
        if (key == ViewState.SORT_BY_LABEL) {
            c = Comparator.comparing(r -> RowTexts.label(tree.element(r)), String.CASE_INSENSITIVE_ORDER);
        } else if (key == ViewState.SORT_BY_COUNT) {
            c = Comparator.comparingInt(r -> links.linkCount(tree.slot(r), frameworkShown));
        } else {
            int col = columns.columnOf((EObject) key);
            if (col < 0) {
                return null;
            }
            // ascending puts linked rows first: direct, cited, inherited, indirect, none
            c = Comparator.comparingInt(r -> -links.state(tree.slot(r), col).ordinal());
        }
        return state.sortDirection == ViewState.Direction.DESC ? c.reversed() : c;
    }
}
