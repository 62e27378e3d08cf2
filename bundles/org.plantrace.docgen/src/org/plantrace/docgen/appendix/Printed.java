package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.Labels;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.Framework;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Named;
import org.plantrace.model.PriorityItem;

/** How appendix cells print model elements; everything comes from one element, so wording never drifts. */
final class Printed {

    private Printed() {
    }

    /**
     * Key activities as printed in plans, consecutive runs of three or more compressed:
     * {@code KA1 - 3, KA6, KA7, KA10 - 12}.
     */
    static String keyActivities(List<KeyActivity> activities) {
        TreeSet<Integer> numbers = new TreeSet<>();
        String prefix = null;
        List<String> others = new ArrayList<>();
        for (KeyActivity ka : activities) {
            if (ka.eIsProxy()) {
                continue;
            }
            String label = Labels.keyActivity(ka);
            String n = Integer.toString(ka.getNumber());
            String p = label.substring(0, label.length() - n.length());
            if (ka.getNumber() <= 0 || (prefix != null && !prefix.equals(p))) {
                others.add(label);
                continue;
            }
            prefix = p;
            numbers.add(ka.getNumber());
        }
        List<String> parts = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int n : numbers) {
            if (!run.isEmpty() && n != run.get(run.size() - 1) + 1) {
                flush(prefix, run, parts);
            }
            run.add(n);
        }
        flush(prefix, run, parts);
        parts.addAll(others);
        return String.join(", ", parts);
    }

    private static void flush(String prefix, List<Integer> run, List<String> parts) {
        if (run.size() >= 3) {
            parts.add(prefix + run.get(0) + " - " + run.get(run.size() - 1));
        } else {
            run.forEach(n -> parts.add(prefix + n));
        }
        run.clear();
    }

    static String businessGroups(List<BusinessGroup> groups) {
        return groups.stream().filter(g -> !g.eIsProxy()).map(Named::getLabel).collect(Collectors.joining(", "));
    }

    /** The item's own printed code ({@code PA1}, {@code NI 16}), or null when it has none. */
    static String code(PriorityItem item) {
        return Labels.blank(item.getCode()) ? null : item.getCode();
    }

    /** The item's full printed id ({@code PSA 24 PA1}), or null when it has no code. */
    static String printedId(PriorityItem item) {
        return Labels.blank(item.getCode()) ? null : Labels.printedId(item);
    }

    /** The top-level item an item sits under (itself when top-level). */
    static PriorityItem root(PriorityItem item) {
        PriorityItem r = item;
        for (EObject p = item.eContainer(); p instanceof PriorityItem parent; p = p.eContainer()) {
            r = parent;
        }
        return r;
    }

    /** Depth below the framework: 0 for a top-level item, 1 for a priority action. */
    static int depth(PriorityItem item) {
        int d = 0;
        for (EObject p = item.eContainer(); p instanceof PriorityItem; p = p.eContainer()) {
            d++;
        }
        return d;
    }

    /** The theme an item is grouped under (its nearest ancestor marked as a group), or null. */
    static PriorityItem theme(PriorityItem item) {
        for (EObject p = item.eContainer(); p instanceof PriorityItem parent; p = p.eContainer()) {
            if (parent.isGroup()) {
                return parent;
            }
        }
        return null;
    }

    /** A theme's short name: its name, else its label. */
    static String shortName(Named n) {
        return Labels.blank(n.getName()) ? n.getLabel() : n.getName();
    }

    /** "Public Service Agreements (PSAs) 2008/11 and Strategic Policing Priorities (SPPs) 2009/10". */
    static String titles(List<Framework> frameworks) {
        List<String> t = frameworks.stream().map(Named::getLabel).distinct().toList();
        if (t.size() <= 1) {
            return t.isEmpty() ? "" : t.get(0);
        }
        return String.join(", ", t.subList(0, t.size() - 1)) + " and " + t.get(t.size() - 1);
    }
}
