package org.plantrace.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.plantrace.core.Labels;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;

/** The alignment relation as a table: one row per link, for CSV/JSON export and the appendix generator. */
public final class LinkTable {

    public static final List<String> HEADER = List.of("source_id", "source_type", "source_number", "source_title",
            "objective_id", "target_id", "target_title", "target_element_id", "scheme", "published_in",
            "key_activities", "lead_agents");

    private LinkTable() {
    }

    public static List<List<String>> rows(List<Link> links) {
        List<List<String>> rows = new ArrayList<>();
        for (Link l : links) {
            rows.add(row(l));
        }
        return rows;
    }

    public static List<String> row(Link l) {
        AlignableElement s = l.source();
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(s.getId());
        r.add(sourceType(s));
        r.add(sourceNumber(s));
        r.add(nz(s.getLabel()));
        r.add(l.objective() == null ? "" : l.objective().getId());
        r.add(Labels.printedId(l.target()));
        r.add(nz(l.target().getLabel()));
        r.add(l.target().getId());
        r.add(l.scheme().cliName());
        r.add(nz(l.alignment().getPublishedIn()));
        r.add(l.alignment().getKeyActivities().stream().filter(ka -> !ka.eIsProxy()).map(Labels::keyActivity)
                .collect(Collectors.joining(" ")));
        r.add(l.alignment().getLeadAgents().stream().filter(bg -> !bg.eIsProxy()).map(BusinessGroup::getCode)
                .collect(Collectors.joining(" ")));
        return r;
    }

    public static String sourceType(AlignableElement s) {
        if (s instanceof CorporateObjective) {
            return "objective";
        }
        if (s instanceof KeyActivity) {
            return "key-activity";
        }
        if (s instanceof Measure) {
            return "measure";
        }
        return s.eClass().getName();
    }

    public static String sourceNumber(AlignableElement s) {
        if (s instanceof CorporateObjective o) {
            return Integer.toString(o.getNumber());
        }
        if (s instanceof KeyActivity ka) {
            return Labels.keyActivity(ka);
        }
        if (s instanceof Measure m) {
            return nz(m.getNumber());
        }
        return "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
