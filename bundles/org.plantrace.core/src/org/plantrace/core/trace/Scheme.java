package org.plantrace.core.trace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plantrace.model.FrameworkKind;

/** The framework schemes as named on the command line and in reports. */
public enum Scheme {
    PSA(FrameworkKind.PSA, "Public Service Agreements"),
    SPP(FrameworkKind.SPP, "Strategic Policing Priorities"),
    NI(FrameworkKind.NI, "National Indicators"),
    APACS(FrameworkKind.APACS, "APACS statutory indicators"),
    PS(FrameworkKind.PS, "Protective Services"),
    MAYOR(FrameworkKind.MAYOR, "Mayor's priorities"),
    CONCERN(FrameworkKind.CONCERN, "Public consultation concerns"),
    LAA(FrameworkKind.LAA, "Local area agreements"),
    CHI(FrameworkKind.CHI, "Corporate health indicators"),
    NPP(FrameworkKind.NPP, "National policing plan priorities"),
    PLEDGE(FrameworkKind.PLEDGE, "Service standards (Policing Pledge)"),
    OTHER(FrameworkKind.OTHER, "Other frameworks");

    private final FrameworkKind kind;
    private final String title;

    Scheme(FrameworkKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public FrameworkKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The command-line name, e.g. {@code psa}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scheme of(FrameworkKind kind) {
        for (Scheme s : values()) {
            if (s.kind == kind) {
                return s;
            }
        }
        return OTHER;
    }

    public static Optional<Scheme> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.cliName().equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Scheme::cliName).collect(Collectors.joining("|"));
    }
}
