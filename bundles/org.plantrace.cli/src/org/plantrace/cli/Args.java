package org.plantrace.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command-line arguments: {@code --name value}, {@code --name=value}, flags and positionals. */
public final class Args {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /**
     * @param valued options that take a value
     * @param flags options that take none
     */
    public static Args parse(List<String> raw, Set<String> valued, Set<String> flags) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (s.equals("--")) {
                a.positionals.addAll(raw.subList(i + 1, raw.size()));
                break;
            }
            if (s.startsWith("--")) {
                String name = s.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    a.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size() || raw.get(i + 1).startsWith("--")) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = raw.get(++i);
                    }
                    a.options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else if (s.equals("-o") && (valued.contains("out") || valued.contains("output"))) {
                if (i + 1 >= raw.size() || raw.get(i + 1).startsWith("--")) {
                    throw new UsageException("option -o needs a value");
                }
                a.options.put(valued.contains("out") ? "out" : "output", raw.get(++i));
            } else if (s.startsWith("-") && s.length() > 1 && !s.equals("-h")) {
                throw new UsageException("unknown option " + s);
            } else if (s.equals("-h")) {
                a.options.put("help", "true");
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public List<String> positionals() {
        return positionals;
    }

    /** A value that must be one of {@code allowed}. */
    public String choice(String name, String fallback, List<String> allowed) throws UsageException {
        String v = get(name, fallback);
        if (v != null && !allowed.contains(v)) {
            throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
        }
        return v;
    }
}
