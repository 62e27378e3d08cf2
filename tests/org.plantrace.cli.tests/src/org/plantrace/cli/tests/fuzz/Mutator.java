package org.plantrace.cli.tests.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates inputs for {@link Fuzz}: mutations of the example files (byte and line edits, references retargeted to
 * ids of other elements and files, hostile addresses and values, nesting, namespaces, DOCTYPEs, encodings,
 * repetition), deterministic for a seed, and the fixed list of hostile cases of issue 16.
 */
public final class Mutator {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern REF = Pattern.compile("(#)([A-Za-z0-9_.-]{1,200})(?=[ \"])");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([A-Za-z]{1,40})=\"([^\"]*)\"");
    // bounded quantifiers: a long run of name characters (a mutation may insert 150,000) must not make the search quadratic
    private static final Pattern HREF = Pattern.compile("([A-Za-z0-9_./-]{1,200}\\.(?:framework|plan))#([A-Za-z0-9_.-]{1,200})");

    private final Random random;
    private final Path project;
    private final Function<String, String> url;
    private final Path canary;
    private final List<String> files = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> hrefs = new ArrayList<>();

    Mutator(long seed, Path project, Function<String, String> url, Path canary) throws IOException {
        this.random = new Random(seed);
        this.project = project;
        this.url = url;
        this.canary = canary;
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(".plan") || n.endsWith(".framework")) {
                    String rel = project.relativize(p).toString();
                    files.add(rel);
                    String text = Files.readString(p);
                    texts.put(rel, text);
                    Matcher m = ID.matcher(text);
                    while (m.find()) {
                        ids.add(m.group(1));
                        String folder = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
                        hrefs.add((folder.equals("frameworks") ? "../frameworks/" : "../" + folder + "/")
                                + p.getFileName() + "#" + m.group(1));
                    }
                }
            }
        }
    }

    private String pick(List<String> l) {
        return l.get(random.nextInt(l.size()));
    }

    private String hostileAddress() {
        return switch (random.nextInt(9)) {
            case 0 -> url.apply("x.framework#" + pick(ids));
            case 1 -> "jar:" + url.apply("x.jar") + "!/x.framework#" + pick(ids);
            case 2 -> "archive:file://" + project.resolve("frameworks/bomb.zip") + "!/x.framework#a";
            case 3 -> "platform:/resource/p/x.framework#" + pick(ids);
            case 4 -> canary.toUri() + "#secret";
            case 5 -> project.relativize(canary).toString().replace('\\', '/') + "#secret";
            case 6 -> "https://127.0.0.1:1/x.framework#a";
            case 7 -> "file:///etc/passwd#root";
            default -> "../../../../../../../../" + canary.toString().substring(1) + "#secret";
        };
    }

    private String hostileValue() {
        return switch (random.nextInt(14)) {
            case 0 -> "KA1-99999999999";
            case 1 -> "KA2147483648";
            case 2 -> "=HYPERLINK(\"" + url.apply("leak") + "\",\"x\")";
            case 3 -> "x".repeat(1 + random.nextInt(150_000));
            case 4 -> "";
            case 5 -> "-2%";
            case 6 -> String.valueOf(random.nextLong());
            case 7 -> "KA" + random.nextInt(2000) + " - " + random.nextInt(2000);
            case 8 -> "&#x1;";
            case 9 -> "  \t@SUM(1)";
            case 10 -> "9999/00";
            case 11 -> "plantrace:Plan " + pick(hrefs);
            case 12 -> "#" + pick(ids) + " #" + pick(ids);
            default -> "\u202E\uD800 \uFFFF";
        };
    }

    /** The next mutated input: 1 to 3 mutations of one example file. */
    public Fuzz.Input next() {
        String file = pick(files);
        String text = texts.get(file);
        List<String> applied = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(18);
            text = mutate(kind, text);
            applied.add(String.valueOf(kind));
        }
        String label = "m" + String.join("+", applied) + ":" + file;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (file.endsWith(".plan")) {
            String fuzz = file.substring(0, file.lastIndexOf('/') + 1) + "fuzz.plan";
            return new Fuzz.Input(label, Map.of(fuzz, bytes), fuzz);
        }
        return new Fuzz.Input(label, Map.of(file, bytes), "policing-london-2009-12/plan.plan");
    }

    private String mutate(int kind, String text) {
        if (text.isEmpty()) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(text.length());
        switch (kind) {
            case 0: { // flip a byte
                char c = (char) random.nextInt(128);
                return text.substring(0, at) + c + text.substring(Math.min(text.length(), at + 1));
            }
            case 1: // delete a range
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(200)));
            case 2: // truncate
                return text.substring(0, at);
            case 3: { // duplicate a line
                int l = random.nextInt(lines.size());
                lines.add(l, lines.get(l));
                return String.join("\n", lines);
            }
            case 4: // delete a line
                lines.remove(random.nextInt(lines.size()));
                return String.join("\n", lines);
            case 5: // swap two lines
                Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                return String.join("\n", lines);
            case 6: // a same-file reference to another element (often of the wrong type)
                return replaceRandom(REF, text, m -> "#" + pick(ids));
            case 7: // a cross-file reference to another element of another file (often of the wrong type)
                return replaceRandom(HREF, text, m -> pick(hrefs));
            case 8: // a reference to a hostile address
                return replaceRandom(HREF, text, m -> hostileAddress());
            case 9: // an attribute with a hostile value
                return replaceRandom(ATTRIBUTE, text, m -> " " + m.group(1) + "=\"" + hostileValue() + "\"");
            case 10: { // an element written inside another (moved into the line after an opening tag)
                int from = random.nextInt(lines.size());
                String moved = lines.remove(from);
                lines.add(random.nextInt(lines.size() + 1), moved);
                return String.join("\n", lines);
            }
            case 11: // another namespace
                return text.replaceFirst("xmlns:plantrace=\"[^\"]*\"", "xmlns:plantrace=\""
                        + (random.nextBoolean() ? url.apply("model.ecore") : "http://plantrace.org/model/" + random.nextInt(9)) + "\"");
            case 12: // a DOCTYPE with external entities to the listener
                return text.replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + url.apply("e")
                        + "\"><!ENTITY % p SYSTEM \"" + url.apply("p") + "\"> %p;]>");
            case 13: // another encoding
                return text.replaceFirst("encoding=\"UTF-8\"", "encoding=\""
                        + List.of("X-BOGUS-42", "UTF-16", "ISO-8859-1", "EBCDIC-XML-US", "").get(random.nextInt(5)) + "\"");
            case 14: { // deep nesting
                int depth = 10 + random.nextInt(2000);
                String open = "<items id=\"deep\">".repeat(depth);
                String close = "</items>".repeat(depth);
                int l = 2 + random.nextInt(Math.max(1, lines.size() - 3));
                lines.add(Math.min(l, lines.size()), open + close);
                return String.join("\n", lines);
            }
            case 15: { // one line repeated many times (duplicate alignments, ids, ...)
                int l = random.nextInt(lines.size());
                lines.addAll(l, Collections.nCopies(50 + random.nextInt(2000), lines.get(l)));
                return String.join("\n", lines);
            }
            case 16: // XML 1.1 with control characters
                return text.replaceFirst("version=\"1.0\"", "version=\"1.1\"")
                        .replaceFirst("title=\"", "title=\"&#x1;&#x1F;&#x7F;");
            default: { // random bytes inserted
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(40); i >= 0; i--) {
                    b.append((char) random.nextInt(0xFFFF));
                }
                return text.substring(0, at) + b + text.substring(at);
            }
        }
    }

    private String replaceRandom(Pattern p, String text, Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] { m.start(), m.end() });
            if (spans.size() > 2000) {
                break;
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        m = p.matcher(text);
        m.find(s[0]);
        replacements.add(with.apply(m));
        return text.substring(0, s[0]) + replacements.get(0) + text.substring(s[1]);
    }

    // ---- the hostile cases of issue 16 ----

    private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plantrace=\"http://plantrace.org/model/1.0\"";

    private static String plan(String frameworks, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plantrace:Plan xmi:version=\"2.0\" " + NS + "\n"
                + "    id=\"plan\" name=\"Plan\" title=\"Plan\" periodStart=\"2009/10\" periodEnd=\"2011/12\" frameworks=\""
                + frameworks + "\">\n" + body + "</plantrace:Plan>\n";
    }

    private static String alignment(String id, String target) {
        return "    <alignments id=\"" + id + "\" target=\"plantrace:PriorityItem " + target + "\"/>\n";
    }

    private static String objective(String alignments) {
        return "  <objectives id=\"obj\" title=\"Objective\">\n    <keyActivities id=\"ka\" title=\"Activity\"/>\n"
                + alignments + "  </objectives>\n";
    }

    private static final String NIS = "../frameworks/nis-2008.framework#nis-2008";
    private static final String NI16 = "../frameworks/nis-2008.framework#ni-16";

    private Fuzz.Input hostilePlan(String label, String content) {
        return new Fuzz.Input(label, Map.of("hostile/plan.plan", content.getBytes(StandardCharsets.UTF_8)),
                "hostile/plan.plan");
    }

    /**
     * The hostile inputs of issue 16: network, archive, platform and out-of-tree references, namespace and schema
     * location URLs, DOCTYPE attacks, sizes and nestings that used to blow up, duplicates and unresolved references in
     * bulk, encodings, control characters and the nine reproducers. {@code full} adds the largest (64,000 references, a
     * 70 MB file, a 16 MB attribute).
     */
    public List<Fuzz.Input> hostile(boolean full) throws IOException {
        List<Fuzz.Input> l = new ArrayList<>();
        Path zip = project.resolve("frameworks/bomb.zip");
        if (!Files.exists(zip)) {
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
                z.putNextEntry(new ZipEntry("x.framework"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 64; i++) {
                    z.write(zeros);
                }
                z.closeEntry();
            }
        }
        l.add(hostilePlan("http-href", plan(NIS, objective(alignment("a", url.apply("x.framework#ni-16"))))));
        l.add(hostilePlan("https-href", plan(NIS, objective(alignment("a", "https://127.0.0.1:1/x.framework#a")))));
        l.add(hostilePlan("http-framework-list", plan(url.apply("x.framework#nis"), objective(alignment("a", NI16)))));
        l.add(hostilePlan("jar-http-href", plan(NIS, objective(alignment("a", "jar:" + url.apply("x.jar") + "!/x.framework#a")))));
        l.add(hostilePlan("archive-zip-bomb", plan(NIS, objective(alignment("a", "archive:" + zip.toUri() + "!/x.framework#a")))));
        l.add(hostilePlan("platform-uri", plan(NIS, objective(alignment("a", "platform:/resource/p/x.framework#a")))));
        l.add(hostilePlan("absolute-out-of-tree", plan(NIS, objective(alignment("a", canary.toUri() + "#secret")))));
        l.add(hostilePlan("relative-out-of-tree", plan(NIS, objective(alignment("a",
                "../" + project.resolve("hostile").relativize(canary).toString().replace('\\', '/') + "#secret")))));
        l.add(hostilePlan("etc-passwd", plan(NIS, objective(alignment("a", "file:///etc/passwd#root")))));
        l.add(hostilePlan("namespace-url", "<?xml version=\"1.0\"?>\n<plantrace:Plan xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:plantrace=\"" + url.apply("model.ecore") + "\" id=\"p\"/>\n"));
        l.add(hostilePlan("schema-location", "<?xml version=\"1.0\"?>\n<plantrace:Plan xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:plantrace=\"http://evil.example/ns\" xsi:schemaLocation=\"http://evil.example/ns "
                + url.apply("model.ecore") + "\" id=\"p\"/>\n"));
        l.add(hostilePlan("doctype-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY e SYSTEM \"" + url.apply("e")
                + "\">]>\n<plantrace:Plan " + NS + " id=\"p\" name=\"&e;\"/>\n"));
        l.add(hostilePlan("external-dtd", "<?xml version=\"1.0\"?>\n<!DOCTYPE p SYSTEM \"" + url.apply("p.dtd")
                + "\">\n<plantrace:Plan " + NS + " id=\"p\"/>\n"));
        l.add(hostilePlan("billion-laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n<plantrace:Plan " + NS + " id=\"p\" name=\"&d;\"/>\n"));
        l.add(hostilePlan("xinclude", "<?xml version=\"1.0\"?>\n<plantrace:Plan " + NS
                + " xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"p\"><xi:include href=\"" + url.apply("inc.xml")
                + "\"/></plantrace:Plan>\n"));
        l.add(hostilePlan("other-extension-xxe", plan(NIS, objective(alignment("a", "other.xml#x")))));
        l.add(new Fuzz.Input("other-extension-xxe-file", Map.of("hostile/other.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE x "
                + "[<!ENTITY e SYSTEM \"" + url.apply("e") + "\">]>\n<plantrace:Framework " + NS + " id=\"x\">&e;</plantrace:Framework>\n")
                .getBytes(StandardCharsets.UTF_8), "hostile/plan.plan", plan(NIS, objective(alignment("a", "other.xml#x")))
                .getBytes(StandardCharsets.UTF_8)), "hostile/plan.plan"));
        l.add(hostilePlan("bogus-encoding", "<?xml version=\"1.0\" encoding=\"X-BOGUS-42\"?>\n<plantrace:Plan " + NS + " id=\"p\"/>\n"));
        l.add(hostilePlan("xml11-control-chars", plan(NIS, objective(alignment("a", NI16))).replace("version=\"1.0\"", "version=\"1.1\"")
                .replace("title=\"Plan\"", "title=\"Pl&#x1;an&#x1F;\"")));
        l.add(hostilePlan("deep-items-10000", plan(NIS, "  <objectives id=\"o\">" + "<keyActivities id=\"k\">".repeat(1)
                + "</keyActivities></objectives>\n").replace("</plantrace:Plan>", "<outcomes id=\"x\">".repeat(10_000)
                        + "</outcomes>".repeat(10_000) + "</plantrace:Plan>")));
        l.add(hostilePlan("deep-outcomes-100000", plan(NIS, "<outcomes id=\"x\">".repeat(100_000) + "</outcomes>".repeat(100_000))));
        StringBuilder dup = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            dup.append(alignment("d" + i, NI16));
        }
        l.add(hostilePlan("duplicate-alignments-2000", plan(NIS, objective(dup.toString()))));
        int unresolved = full ? 64_000 : 16_000;
        StringBuilder un = new StringBuilder();
        for (int i = 0; i < unresolved; i++) {
            un.append(alignment("u" + i, "../frameworks/nis-2008.framework#missing-" + i));
        }
        l.add(hostilePlan("unresolved-references-" + unresolved, plan(NIS, objective(un.toString()))));
        l.add(hostilePlan("citation-overflow", plan(NIS, objective("    <alignments id=\"a\" target=\"plantrace:PriorityItem "
                + NI16 + "\" publishedKeyActivities=\"KA1-99999999999, KA2147483648\"/>\n"))));
        l.add(hostilePlan("years-1mb", plan(NIS, "").replace("periodStart", "years=\"" + "2009/10 ".repeat(140_000) + "\" periodStart")));
        if (full) {
            l.add(hostilePlan("years-16mb", plan(NIS, "").replace("periodStart", "years=\"" + "2009/10 ".repeat(2_000_000) + "\" periodStart")));
            StringBuilder big = new StringBuilder(plan(NIS, ""));
            big.insert(big.indexOf("</plantrace:Plan>"), "<!--" + "x".repeat(70 * 1024 * 1024) + "-->");
            l.add(hostilePlan("file-70mb", big.toString()));
        }
        l.add(hostilePlan("word-1000000", plan(NIS, objective(alignment("a", NI16))).replace("title=\"Plan\"",
                "title=\"" + "w".repeat(99_999) + "\"")));
        // the nine reproducers of issue 16
        Path reproducers = project.getParent().resolve("reproducers");
        if (Files.isDirectory(reproducers)) {
            try (Stream<Path> s = Files.list(reproducers)) {
                for (Path d : (Iterable<Path>) s.sorted()::iterator) {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    try (Stream<Path> fs = Files.list(d)) {
                        for (Path f : (Iterable<Path>) fs::iterator) {
                            files.put("reproducer/" + f.getFileName(), Files.readAllBytes(f));
                        }
                    }
                    l.add(new Fuzz.Input("reproducer-" + d.getFileName(), files, "reproducer/plan.plan"));
                }
            }
        }
        return l;
    }
}
