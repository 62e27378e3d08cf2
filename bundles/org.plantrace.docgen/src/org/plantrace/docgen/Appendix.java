package org.plantrace.docgen;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plantrace.model.FrameworkKind;

/**
 * The parts the generator can produce, in document order. The letters are those of the published plan
 * (Policing London 2009-12); each appendix prints the links to, or the data of, frameworks of its kinds.
 */
public enum Appendix {
    /** The service standards of the plan's pledge (framework data) and the measures aligned to them. */
    A("A", FrameworkKind.PLEDGE),
    /** Protective services integrated into the objectives. */
    B("B", FrameworkKind.PS),
    /** Public concerns and the objectives addressing them. */
    C("C", FrameworkKind.CONCERN),
    /** Objectives aligned to National Indicators and APACS indicators. */
    D("D", FrameworkKind.NI, FrameworkKind.APACS),
    /** Objectives aligned to PSAs (with priority actions) and SPPs. */
    E("E", FrameworkKind.PSA, FrameworkKind.SPP),
    /** Objectives aligned to the Mayor's priorities. */
    F("F", FrameworkKind.MAYOR),
    /** Corporate health indicators (framework data). */
    G("G", FrameworkKind.CHI),
    /** Local area agreement selections (framework data). */
    H("H", FrameworkKind.LAA),
    /** APACS outcomes (framework data held in apacsYYYY.* properties). */
    I("I", FrameworkKind.APACS),
    /** Inspections and audits with their findings, actions and scores (plan data). */
    J("J"),
    /** The budget tables, revenue and capital (plan data). */
    BUDGETS("budgets"),
    /** The alignment diagram of each objective (org.plantrace.diagram). */
    DIAGRAMS("diagrams"),
    /** Coverage per framework, forward and backward, and every validation finding. */
    SUMMARY("summary");

    private final String key;
    private final List<FrameworkKind> kinds;

    Appendix(String key, FrameworkKind... kinds) {
        this.key = key;
        this.kinds = List.of(kinds);
    }

    /** The letter, or "summary". */
    public String key() {
        return key;
    }

    public List<FrameworkKind> kinds() {
        return kinds;
    }

    /** Accepts a letter (any case), "summary" or "s". */
    public static Optional<Appendix> parse(String s) {
        String t = s.trim();
        if (t.equalsIgnoreCase("s") || t.equalsIgnoreCase("summary")) {
            return Optional.of(SUMMARY);
        }
        return Arrays.stream(values()).filter(a -> a.key.equalsIgnoreCase(t)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Appendix::key).collect(Collectors.joining(","));
    }
}
