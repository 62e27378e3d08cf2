package org.plantrace.core.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plantrace.model.io.PlantraceResource;

/**
 * A start tag both sides changed in different attributes, merged as the model merge saves it: each attribute from
 * the side that changed it, in the class's feature order (the order both tags have them in; when that does not tell,
 * e.g. each side added a different attribute next to the other's, null: the model merge), laid out as EMF's
 * {@code XMLString} does with the line width Plantrace saves with (before an attribute, a new line indented four
 * more than the element when the line is longer than 100 characters already, else a space). The proof of the result
 * (it loads and saves to the same bytes) checks the layout as it checks everything else.
 */
final class TagMerge {


    private TagMerge() {
    }

    /**
     * The start tag of element {@code o} of ours ({@code '<'} and name to before its terminator) with the attributes
     * {@code merged} (name to value as written), or null when their order is not known.
     */
    static byte[] merge(XmiText ours, int o, Map<String, String> oursAttributes, Map<String, String> theirsAttributes,
            Map<String, String> merged) {
        List<String> order = order(new ArrayList<>(oursAttributes.keySet()), new ArrayList<>(theirsAttributes.keySet()),
                merged.keySet());
        if (order == null) {
            return null;
        }
        int line = ours.open[o];
        while (line > 0 && ours.b[line - 1] != '\n') {
            line--;
        }
        int indent = ours.open[o] - line;
        StringBuilder tag = new StringBuilder("<").append(ours.name(o));
        int width = indent + tag.length();
        String attributeIndent = "\n" + " ".repeat(indent + 4);
        for (String name : order) {
            if (width > PlantraceResource.LINE_WIDTH) {
                tag.append(attributeIndent);
                width = attributeIndent.length() - 1;
            } else {
                tag.append(' ');
                width++;
            }
            String value = merged.get(name);
            tag.append(name).append("=\"").append(value).append('"');
            width += name.length() + value.length() + 3;
        }
        return tag.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The names in {@code keep} in an order both {@code ours} and {@code theirs} agree with; null when it is not
     * known (an attribute only ours has next to one only theirs has).
     */
    private static List<String> order(List<String> ours, List<String> theirs, Set<String> keep) {
        ours.retainAll(keep);
        theirs.retainAll(keep);
        Set<String> inOurs = new HashSet<>(ours);
        Set<String> inTheirs = new HashSet<>(theirs);
        List<String> out = new ArrayList<>(keep.size());
        int i = 0;
        int j = 0;
        while (i < ours.size() || j < theirs.size()) {
            String a = i < ours.size() ? ours.get(i) : null;
            String b = j < theirs.size() ? theirs.get(j) : null;
            if (a != null && a.equals(b)) {
                out.add(a);
                i++;
                j++;
            } else if (a != null && !inTheirs.contains(a) && (b == null || inOurs.contains(b))) {
                out.add(a);
                i++;
            } else if (b != null && !inOurs.contains(b) && (a == null || inTheirs.contains(a))) {
                out.add(b);
                j++;
            } else {
                return null; // both only on their side here (order unknown), or the sides disagree on the order
            }
        }
        return out;
    }
}
