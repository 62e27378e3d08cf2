package org.plantrace.core.merge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One version of a model file read as text, without EMF: where each element with an id starts and ends, its start
 * tag, its body and the elements with ids directly inside it, by byte offsets into the file. Reads only the canonical
 * form Plantrace saves (an XML declaration, one root, elements and attributes in double quotes, no comments, CDATA,
 * processing instructions or DOCTYPE; every element with an id inside elements with ids); anything else is
 * {@link Unsupported} and the merge goes the way of the model ({@link ModelMerge}).
 */
final class XmiText {

    static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.US_ASCII);

    /** Why a file is not read as text (not an error: the model merge reads it, or names what is wrong with it). */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    final byte[] b;
    int count;
    String[] ids = new String[1024];
    /** Index of the enclosing element (all elements counted have ids); -1 for the root. */
    int[] parent = new int[1024];
    /** The element's '<'. */
    int[] open = new int[1024];
    /** The end of its tag name. */
    int[] nameEnd = new int[1024];
    /** Its start tag's terminator ("/>" or ">"). */
    int[] tagEnd = new int[1024];
    /** The "</" of its end tag; -1 when the element is empty ("/>"). */
    int[] bodyEnd = new int[1024];
    /** After its last '>'. */
    int[] end = new int[1024];
    /** Children with ids in order: the first, and the next of each (-1: none). */
    int[] firstKid = new int[1024];
    int[] nextKid = new int[1024];
    private int[] lastKid = new int[1024];
    /** Open addressing by id: element index + 1 (0: free); at most half full. */
    private int[] slots;

    private XmiText(byte[] b) {
        this.b = b;
        this.slots = new int[Math.max(1024, Integer.highestOneBit(Math.max(1, b.length / 100)) * 2)];
    }

    /** The element with this id, or -1. */
    int of(String id) {
        int m = slots.length - 1;
        for (int i = home(id.hashCode()); ; i = (i + 1) & m) {
            int e = slots[i];
            if (e == 0) {
                return -1;
            }
            if (ids[e - 1].equals(id)) {
                return e - 1;
            }
        }
    }

    /** Indexes element {@code e} by its id; false if the id is taken. */
    private boolean index(int e) {
        if ((count + 1) * 2 > slots.length) {
            int[] old = slots;
            slots = new int[old.length * 2];
            for (int x : old) {
                if (x != 0) {
                    slot(x - 1);
                }
            }
        }
        if (of(ids[e]) >= 0) {
            return false;
        }
        slot(e);
        return true;
    }

    private void slot(int e) {
        int m = slots.length - 1;
        int i = home(ids[e].hashCode());
        while (slots[i] != 0) {
            i = (i + 1) & m;
        }
        slots[i] = e + 1;
    }

    /** Where an id's search starts (Fibonacci hashing: the top bits of the product). */
    private int home(int h) {
        return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(slots.length));
    }

    boolean empty(int i) {
        return bodyEnd[i] < 0;
    }

    /** Reads {@code bytes}; the root element is element 0. */
    static XmiText read(byte[] bytes) throws Unsupported {
        XmiText x = new XmiText(bytes);
        x.parse();
        return x;
    }

    private void parse() throws Unsupported {
        int n = b.length;
        if (n < DECLARATION.length || !Arrays.equals(b, 0, DECLARATION.length, DECLARATION, 0, DECLARATION.length)) {
            throw new Unsupported("not the XML declaration Plantrace writes");
        }
        int[] stackEl = new int[64]; // element index, or -1 for an element without id
        int[] stackName = new int[64]; // where its name starts
        int[] stackNameEnd = new int[64];
        int depth = 0;
        int withoutId = 0;
        boolean rootDone = false;
        int p = DECLARATION.length;
        while (true) {
            int q = p;
            while (q < n && b[q] != '<') {
                q++;
            }
            if (depth == 0 && !blank(p, q)) {
                throw new Unsupported("text outside the root element");
            }
            if (q >= n) {
                break;
            }
            if (rootDone) {
                throw new Unsupported("more than one root element");
            }
            if (q + 1 >= n) {
                throw new Unsupported("truncated");
            }
            byte c = b[q + 1];
            if (c == '/') {
                if (depth == 0) {
                    throw new Unsupported("an end tag without start tag");
                }
                int ne = q + 2;
                while (ne < n && b[ne] != '>') {
                    ne++;
                }
                if (ne >= n) {
                    throw new Unsupported("truncated");
                }
                depth--;
                if (!Arrays.equals(b, stackName[depth], stackNameEnd[depth], b, q + 2, ne)) {
                    throw new Unsupported("end tag does not match its start tag");
                }
                int el = stackEl[depth];
                if (el >= 0) {
                    bodyEnd[el] = q;
                    end[el] = ne + 1;
                } else {
                    withoutId--;
                }
                p = ne + 1;
                rootDone = depth == 0;
                continue;
            }
            if (c == '!' || c == '?') {
                throw new Unsupported("comment, CDATA, DOCTYPE or processing instruction");
            }
            int ns = q + 1;
            int ne = ns;
            while (ne < n && !space(b[ne]) && b[ne] != '/' && b[ne] != '>') {
                if (b[ne] == '<' || b[ne] == '"' || b[ne] == '=') {
                    throw new Unsupported("malformed tag");
                }
                ne++;
            }
            if (ne == ns) {
                throw new Unsupported("malformed tag");
            }
            String id = null;
            int r = ne;
            boolean empty;
            int terminator;
            while (true) {
                int ws = r;
                while (r < n && space(b[r])) {
                    r++;
                }
                if (r + 1 >= n) {
                    throw new Unsupported("truncated");
                }
                if (b[r] == '/') {
                    if (b[r + 1] != '>') {
                        throw new Unsupported("malformed tag");
                    }
                    empty = true;
                    terminator = r;
                    break;
                }
                if (b[r] == '>') {
                    empty = false;
                    terminator = r;
                    break;
                }
                if (r == ws) {
                    throw new Unsupported("attributes not separated");
                }
                int an = r;
                while (r < n && b[r] != '=') {
                    if (space(b[r]) || b[r] == '"' || b[r] == '\'' || b[r] == '<' || b[r] == '>') {
                        throw new Unsupported("attribute not in the form name=\"value\"");
                    }
                    r++;
                }
                if (r + 1 >= n || b[r + 1] != '"') {
                    throw new Unsupported("attribute not in the form name=\"value\"");
                }
                int vs = r + 2;
                int ve = vs;
                while (ve < n && b[ve] != '"') { // a '<' in a value is for the loader to refuse
                    ve++;
                }
                if (ve >= n) {
                    throw new Unsupported("truncated");
                }
                if (r - an == 2 && b[an] == 'i' && b[an + 1] == 'd') {
                    if (id != null) {
                        throw new Unsupported("two ids on one element");
                    }
                    id = new String(b, vs, ve - vs, StandardCharsets.UTF_8);
                    if (id.isEmpty() || id.indexOf('&') >= 0) {
                        throw new Unsupported("an id with escaped characters");
                    }
                }
                r = ve + 1;
            }
            int after = terminator + (empty ? 2 : 1);
            int el = -1;
            if (id != null) {
                if (withoutId > 0) {
                    throw new Unsupported("element " + id + " inside an element without id");
                }
                int up = -1;
                for (int d = depth - 1; d >= 0 && up < 0; d--) {
                    up = stackEl[d];
                }
                if (depth > 0 && up < 0) {
                    throw new Unsupported("element " + id + " without a parent with id");
                }
                el = add(id, up, q, ne, terminator, empty ? -1 : 0, empty ? after : 0);
            } else if (depth == 0) {
                throw new Unsupported("the root element has no id");
            }
            if (empty) {
                rootDone = depth == 0;
            } else {
                if (depth == stackEl.length) {
                    stackEl = Arrays.copyOf(stackEl, depth * 2);
                    stackName = Arrays.copyOf(stackName, depth * 2);
                    stackNameEnd = Arrays.copyOf(stackNameEnd, depth * 2);
                }
                stackEl[depth] = el;
                stackName[depth] = ns;
                stackNameEnd[depth] = ne;
                depth++;
                if (el < 0) {
                    withoutId++;
                }
            }
            p = after;
        }
        if (depth != 0 || !rootDone) {
            throw new Unsupported("truncated");
        }
    }

    private int add(String id, int up, int open, int nameEnd, int tagEnd, int bodyEnd, int end) throws Unsupported {
        int i = count;
        if (i == ids.length) {
            int m = i * 2;
            ids = Arrays.copyOf(ids, m);
            parent = Arrays.copyOf(parent, m);
            this.open = Arrays.copyOf(this.open, m);
            this.nameEnd = Arrays.copyOf(this.nameEnd, m);
            this.tagEnd = Arrays.copyOf(this.tagEnd, m);
            this.bodyEnd = Arrays.copyOf(this.bodyEnd, m);
            this.end = Arrays.copyOf(this.end, m);
            firstKid = Arrays.copyOf(firstKid, m);
            nextKid = Arrays.copyOf(nextKid, m);
            lastKid = Arrays.copyOf(lastKid, m);
        }
        ids[i] = id;
        if (!index(i)) {
            throw new Unsupported("duplicate id " + id);
        }
        count++;
        parent[i] = up;
        this.open[i] = open;
        this.nameEnd[i] = nameEnd;
        this.tagEnd[i] = tagEnd;
        this.bodyEnd[i] = bodyEnd;
        this.end[i] = end;
        firstKid[i] = -1;
        nextKid[i] = -1;
        lastKid[i] = -1;
        if (up >= 0) {
            if (lastKid[up] < 0) {
                firstKid[up] = i;
            } else {
                nextKid[lastKid[up]] = i;
            }
            lastKid[up] = i;
        }
        return i;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!space(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** The attributes of the start tag as written: name to value (still escaped), in the tag's order. */
    java.util.Map<String, String> attributes(int i) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        int p = nameEnd[i];
        int n = tagEnd[i];
        while (true) { // the tag was read by parse(): name="value" pairs separated by white space
            while (p < n && space(b[p])) {
                p++;
            }
            if (p >= n) {
                return out;
            }
            int eq = p;
            while (b[eq] != '=') {
                eq++;
            }
            int ve = eq + 2;
            while (b[ve] != '"') {
                ve++;
            }
            out.put(new String(b, p, eq - p, StandardCharsets.UTF_8), new String(b, eq + 2, ve - eq - 2,
                    StandardCharsets.UTF_8));
            p = ve + 1;
        }
    }

    /** The start tag's name as written (with its prefix, if any). */
    String name(int i) {
        return new String(b, open[i] + 1, nameEnd[i] - open[i] - 1, StandardCharsets.UTF_8);
    }

    /** Whether the start tag (name and attributes, as written) contains {@code text}. */
    boolean tagContains(int i, byte[] text) {
        int last = tagEnd[i] - text.length;
        outer: for (int p = open[i]; p <= last; p++) {
            for (int k = 0; k < text.length; k++) {
                if (b[p + k] != text[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
