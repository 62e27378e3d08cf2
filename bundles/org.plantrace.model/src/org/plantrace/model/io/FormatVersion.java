package org.plantrace.model.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plantrace.model.PlantracePackage;

/**
 * The version of the Plantrace file format, carried by the model namespace of every file
 * ({@code http://plantrace.org/model/1.2}). Files of an older version are migrated in memory when they are
 * loaded (see {@link org.plantrace.model.io.migration}) and saved in the current version; files of a newer
 * version are refused with a clear message.
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    /** Every Plantrace model namespace starts with this; the version follows it. */
    public static final String NAMESPACE_PREFIX = "http://plantrace.org/model/";

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    /** The version this program writes: the one of the generated package's namespace. */
    public static final FormatVersion CURRENT = ofNamespace(PlantracePackage.eINSTANCE.getNsURI())
            .orElseThrow(() -> new IllegalStateException("bad namespace " + PlantracePackage.eNS_URI));

    /** The oldest version this program reads. */
    public static final FormatVersion OLDEST = new FormatVersion(1, 0);

    /** Parses {@code "1.0"}; empty for anything else. */
    public static Optional<FormatVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** Whether {@code namespace} is a Plantrace model namespace (of any version, even a malformed one). */
    public static boolean isPlantraceNamespace(String namespace) {
        return namespace != null && namespace.startsWith(NAMESPACE_PREFIX);
    }

    /** The version of a Plantrace model namespace; empty for other namespaces or a malformed version. */
    public static Optional<FormatVersion> ofNamespace(String namespace) {
        if (!isPlantraceNamespace(namespace)) {
            return Optional.empty();
        }
        return parse(namespace.substring(NAMESPACE_PREFIX.length()));
    }

    /** The namespace of files in this version. */
    public String namespace() {
        return NAMESPACE_PREFIX + this;
    }

    /** Whether this program can read files of this version (migrating them when older). */
    public boolean isReadable() {
        return compareTo(OLDEST) >= 0 && compareTo(CURRENT) <= 0;
    }

    public boolean isOlderThan(FormatVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(FormatVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
