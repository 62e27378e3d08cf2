package org.plantrace.core.progress;

import java.util.Locale;

import org.plantrace.core.text.NaturalOrder;
import org.plantrace.model.Result;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Target;

/** Whose target or result: corporate, or a named business group, borough or local area agreement. */
public record Scope(ScopeKind kind, String name) implements Comparable<Scope> {

    public static final Scope CORPORATE = new Scope(ScopeKind.CORPORATE, "");

    public Scope {
        kind = kind == null ? ScopeKind.CORPORATE : kind;
        name = kind == ScopeKind.CORPORATE || name == null ? "" : name.strip();
    }

    public static Scope of(Target t) {
        return new Scope(t.getScope(), t.getScopeName());
    }

    public static Scope of(Result r) {
        return new Scope(r.getScope(), r.getScopeName());
    }

    /** The kind as the command line and sheets write it: corporate, business-group, borough, laa. */
    public String kindLabel() {
        return switch (kind) {
            case BUSINESS_GROUP -> "business-group";
            case BOROUGH -> "borough";
            case LOCAL_AREA_AGREEMENT -> "laa";
            default -> "corporate";
        };
    }

    /** The scope a sheet names by kind label (or the model literal) and name; null for an unknown kind. */
    public static Scope parse(String kind, String name) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        ScopeKind sk = switch (k) {
            case "", "corporate" -> ScopeKind.CORPORATE;
            case "business-group", "businessgroup", "bg" -> ScopeKind.BUSINESS_GROUP;
            case "borough", "bocu" -> ScopeKind.BOROUGH;
            case "laa", "local-area-agreement", "localareaagreement" -> ScopeKind.LOCAL_AREA_AGREEMENT;
            default -> null;
        };
        return sk == null ? null : new Scope(sk, name);
    }

    @Override
    public String toString() {
        return kind == ScopeKind.CORPORATE ? "corporate" : kindLabel() + " " + name;
    }

    /** By kind, then by name in natural order (written out: a comparator chain links at class load, cold). */
    @Override
    public int compareTo(Scope o) {
        int byKind = kind.compareTo(o.kind);
        return byKind != 0 ? byKind : NaturalOrder.INSTANCE.compare(name, o.name);
    }
}
