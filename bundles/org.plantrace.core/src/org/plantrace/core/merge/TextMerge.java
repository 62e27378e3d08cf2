package org.plantrace.core.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.plantrace.core.merge.XmiText.Unsupported;
import org.plantrace.model.PlantracePackage;

/**
 * The fast path of a merge: three versions in Plantrace's canonical saved form merged as text, element by element
 * matched by id, without building models. It is taken only when every element was changed on one side at most (its
 * start tag, i.e. its own attributes and links, on one side, but see below; what it holds, i.e. its children and
 * their order, on one side), no element moved, no element was added on both sides, an element deleted on one side is
 * unchanged on the other (with everything inside it), and nothing in the result links to a deleted element. Then the
 * result is each element's start tag and body taken from the side that changed it, which is what the model merge
 * writes for such edits; in every other case {@link #attempt} says why not, and {@link FileMerge} merges the models.
 *
 * <p>A start tag both sides changed is merged too, attribute by attribute. When they changed different attributes,
 * the tag gets each from the side that changed it, as the model merge sets them, in the order and layout Plantrace
 * saves ({@link TagMerge}). When they changed the same attribute differently (and theirs changed nothing else in that
 * tag), the model merge keeps ours at each such conflict, so the result has our start tag; the attributes are
 * {@linkplain Result#conflicts listed}, with the base's and their values in two small documents, for
 * {@link TextConflicts} to state in the model merge's words.
 */
public final class TextMerge {

    private static final byte[] FORMAT = ("xmlns:plantrace=\"" + PlantracePackage.eNS_URI + "\"")
            .getBytes(StandardCharsets.US_ASCII);

    /**
     * The merged bytes, or (merged null) why the text merge does not apply; with the attributes both sides changed
     * differently (ours kept), if any, and documents holding those attributes as the base and theirs have them (each
     * element with its id, inside its containers with their ids only; null when there is no conflict).
     */
    public record Result(byte[] merged, String fallback, List<Conflict> conflicts, byte[] baseValues,
            byte[] theirsValues) {

        static Result notApplied(String why) {
            return new Result(null, why, List.of(), null, null);
        }
    }

    /** An attribute of element {@code id} both sides changed differently; {@code order}: the element's in ours. */
    public record Conflict(String id, String attribute, int order) {
    }

    private final XmiText base;
    private final XmiText ours;
    private final XmiText theirs;
    private final Set<String> deleted = new HashSet<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    /** Each base element's index in ours and in theirs (-1: deleted there). */
    private final int[] inOurs;
    private final int[] inTheirs;
    /** Each element's index in base (-1: added), for ours and for theirs. */
    private final int[] oursInBase;
    private final int[] theirsInBase;
    private byte[] out;
    private int size;

    private TextMerge(XmiText base, XmiText ours, XmiText theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.out = new byte[Math.max(1024, ours.b.length + (theirs.b.length >> 3))];
        this.inOurs = new int[base.count];
        this.inTheirs = new int[base.count];
        this.oursInBase = new int[ours.count];
        this.theirsInBase = new int[theirs.count];
        Arrays.fill(oursInBase, -1);
        Arrays.fill(theirsInBase, -1);
    }

    /**
     * Merges the three versions as text when that is what the model merge would write (the versions are read side by
     * side: base and ours on {@code readers}, theirs in this thread).
     */
    public static Result attempt(byte[] base, byte[] ours, byte[] theirs, Executor readers) {
        CompletableFuture<Object> b = CompletableFuture.supplyAsync(() -> readOrWhy(base, "base"), readers);
        CompletableFuture<Object> o = CompletableFuture.supplyAsync(() -> readOrWhy(ours, "ours"), readers);
        Object t = readOrWhy(theirs, "theirs");
        try {
            TextMerge m = new TextMerge(text(b.join()), text(o.join()), text(t));
            byte[] merged = m.run();
            if (m.conflicts.isEmpty()) {
                return new Result(merged, null, List.of(), null, null);
            }
            return new Result(merged, null, List.copyOf(m.conflicts), TextConflicts.values(m.base, m.conflicts),
                    TextConflicts.values(m.theirs, m.conflicts));
        } catch (Unsupported e) {
            return Result.notApplied(e.getMessage());
        }
    }

    /** {@link #attempt(byte[], byte[], byte[], Executor)} reading the versions one after the other. */
    public static Result attempt(byte[] base, byte[] ours, byte[] theirs) {
        return attempt(base, ours, theirs, Runnable::run);
    }

    private static Object readOrWhy(byte[] bytes, String name) {
        try {
            return read(bytes, name);
        } catch (Unsupported e) {
            return e;
        }
    }

    private static XmiText text(Object read) throws Unsupported {
        if (read instanceof Unsupported e) {
            throw e;
        }
        return (XmiText) read;
    }

    private static XmiText read(byte[] bytes, String name) throws Unsupported {
        XmiText x;
        try {
            x = XmiText.read(bytes);
        } catch (Unsupported e) {
            throw new Unsupported(name + ": " + e.getMessage());
        }
        if (!x.tagContains(0, FORMAT)) {
            throw new Unsupported(name + ": not the current file format");
        }
        return x;
    }

    private byte[] run() throws Unsupported {
        if (!base.ids[0].equals(ours.ids[0]) || !base.ids[0].equals(theirs.ids[0])
                || !sameName(base, 0, ours, 0) || !sameName(base, 0, theirs, 0)) {
            throw new Unsupported("the root element differs");
        }
        decideDeletions();
        decideAdditions(ours, theirs, oursInBase);
        decideAdditions(theirs, ours, theirsInBase);
        put(ours.b, 0, ours.open[0]);
        element(base.ids[0], 0, 0, 0);
        put(ours.b, ours.end[0], ours.b.length);
        byte[] merged = Arrays.copyOf(out, size);
        if (!deleted.isEmpty()) {
            checkNoLinkToDeleted(merged);
        }
        return merged;
    }

    // ---- which elements the result has ----

    private void decideDeletions() throws Unsupported {
        for (int i = 0; i < base.count; i++) {
            String id = base.ids[i];
            int o = ours.of(id);
            int t = theirs.of(id);
            inOurs[i] = o;
            inTheirs[i] = t;
            if (o >= 0) {
                oursInBase[o] = i;
            }
            if (t >= 0) {
                theirsInBase[t] = i;
            }
            if (o >= 0) {
                samePlace(i, ours, o);
            }
            if (t >= 0) {
                samePlace(i, theirs, t);
            }
            if (o < 0 && t >= 0 && !sameSpan(base, i, theirs, t)) {
                throw new Unsupported(id + " deleted by ours, changed (or its contents) by theirs");
            }
            if (t < 0 && o >= 0 && !sameSpan(base, i, ours, o)) {
                throw new Unsupported(id + " deleted by theirs, changed (or its contents) by ours");
            }
            if (o < 0 || t < 0) {
                deleted.add(id);
            }
        }
    }

    /** An element is where it was: the same parent, the same containment (tag name). */
    private void samePlace(int i, XmiText side, int s) throws Unsupported {
        int bp = base.parent[i];
        int sp = side.parent[s];
        if ((bp < 0) != (sp < 0) || bp >= 0 && !base.ids[bp].equals(side.ids[sp]) || !sameName(base, i, side, s)) {
            throw new Unsupported(base.ids[i] + " moved");
        }
    }

    /** Elements not in base (their index in base is still -1 after {@link #decideDeletions}) are added by one side. */
    private void decideAdditions(XmiText side, XmiText other, int[] inBase) throws Unsupported {
        for (int i = 0; i < side.count; i++) {
            if (inBase[i] < 0 && other.of(side.ids[i]) >= 0) {
                throw new Unsupported(side.ids[i] + " added on both sides");
            }
        }
    }

    // ---- the result, element by element ----

    /** Writes an element present in all three versions: start tag and body each from the side that changed it. */
    private void element(String id, int b, int o, int t) throws Unsupported {
        boolean oursTag = !sameTag(base, b, ours, o);
        boolean theirsTag = !sameTag(base, b, theirs, t);
        byte[] mergedTag = null;
        if (oursTag && theirsTag && !sameTag(ours, o, theirs, t)) {
            mergedTag = attributesChangedOnBothSides(id, b, o, t);
            theirsTag = false; // ours kept at each conflict (theirs changed nothing else in the tag), or both merged
        }
        boolean oursBody = !sameBody(base, b, ours, o);
        boolean theirsBody = !sameBody(base, b, theirs, t);
        if (oursBody && theirsBody && !sameBody(ours, o, theirs, t)) {
            throw new Unsupported("the contents of " + id + " changed on both sides");
        }
        XmiText tagSide = theirsTag && !oursTag ? theirs : ours;
        int tagAt = tagSide == ours ? o : t;
        if (mergedTag != null) {
            put(mergedTag, 0, mergedTag.length);
        } else {
            put(tagSide.b, tagSide.open[tagAt], tagSide.tagEnd[tagAt]);
        }
        XmiText bodySide = theirsBody && !oursBody ? theirs : ours;
        int e = bodySide == ours ? o : t;
        if (bodySide.empty(e)) {
            put('/');
            put('>');
            return;
        }
        put('>');
        int p = bodySide.tagEnd[e] + 1;
        for (int k = bodySide.firstKid[e]; k >= 0; k = bodySide.nextKid[k]) {
            put(bodySide.b, p, bodySide.open[k]);
            child(bodySide, k);
            p = bodySide.end[k];
        }
        put(bodySide.b, p, bodySide.end[e]); // the last text and the end tag
    }

    /**
     * A start tag both sides changed: when they changed different attributes, the tag with each from the side that
     * changed it ({@link TagMerge}); else null (ours kept), and the attributes both changed differently are listed as
     * conflicts, when theirs changed nothing else in the tag (else the model merge would word the conflict with some
     * of their changes already made, and writes a tag neither side has) and none has a prefix (a namespace).
     */
    private byte[] attributesChangedOnBothSides(String id, int b, int o, int t) throws Unsupported {
        Map<String, String> vb = base.attributes(b);
        Map<String, String> vo = ours.attributes(o);
        Map<String, String> vt = theirs.attributes(t);
        Set<String> names = new LinkedHashSet<>(vo.keySet());
        names.addAll(vt.keySet());
        names.addAll(vb.keySet());
        List<Conflict> found = new ArrayList<>();
        Map<String, String> merged = new HashMap<>(vo);
        boolean theirsAlone = false;
        for (String name : names) {
            String vbn = vb.get(name);
            String von = vo.get(name);
            String vtn = vt.get(name);
            if (Objects.equals(vtn, vbn) || Objects.equals(von, vtn)) {
                continue;
            }
            if (name.indexOf(':') >= 0) {
                throw new Unsupported(id + " changed on both sides");
            }
            if (Objects.equals(von, vbn)) {
                theirsAlone = true;
                if (vtn == null) {
                    merged.remove(name);
                } else {
                    merged.put(name, vtn);
                }
            } else {
                found.add(new Conflict(id, name, o));
            }
        }
        if (!found.isEmpty() && theirsAlone) {
            throw new Unsupported(id + " changed on both sides");
        }
        conflicts.addAll(found);
        if (!theirsAlone) {
            return null;
        }
        byte[] tag = TagMerge.merge(ours, o, vo, vt, merged);
        if (tag == null) {
            throw new Unsupported(id + " changed on both sides, in attributes of unknown order");
        }
        return tag;
    }

    private void child(XmiText side, int k) throws Unsupported {
        int b = (side == ours ? oursInBase : theirsInBase)[k];
        if (b < 0) { // added by this side, with everything inside it
            put(side.b, side.open[k], side.end[k]);
            return;
        }
        int o = inOurs[b];
        int t = inTheirs[b];
        if (o < 0 || t < 0) { // not reached: the other side changed the body, so this side did not (decideDeletions)
            throw new Unsupported(side.ids[k] + " deleted by one side, kept by the other");
        }
        element(side.ids[k], b, o, t);
    }

    /** A link to a deleted element ({@code #id} in an attribute value) would be a conflict for the model merge. */
    private void checkNoLinkToDeleted(byte[] merged) throws Unsupported {
        int n = merged.length;
        for (int p = 0; p < n; p++) {
            if (merged[p] != '#' || p == 0 || merged[p - 1] != '"' && merged[p - 1] != ' ') {
                continue;
            }
            int q = p + 1;
            while (q < n && merged[q] != '"' && merged[q] != ' ' && merged[q] != '<' && merged[q] != '\n') {
                q++;
            }
            String id = new String(merged, p + 1, q - p - 1, StandardCharsets.UTF_8);
            if (deleted.contains(id)) {
                throw new Unsupported("a link to " + id + ", deleted by one side");
            }
        }
    }

    // ---- comparisons ----

    private static boolean sameName(XmiText x, int i, XmiText y, int j) {
        return Arrays.equals(x.b, x.open[i], x.nameEnd[i], y.b, y.open[j], y.nameEnd[j]);
    }

    private static boolean sameTag(XmiText x, int i, XmiText y, int j) {
        return Arrays.equals(x.b, x.open[i], x.tagEnd[i], y.b, y.open[j], y.tagEnd[j]);
    }

    private static boolean sameSpan(XmiText x, int i, XmiText y, int j) {
        return Arrays.equals(x.b, x.open[i], x.end[i], y.b, y.open[j], y.end[j]);
    }

    /** The same children with ids in the same order, and the same text around them (children without ids). */
    private static boolean sameBody(XmiText x, int i, XmiText y, int j) {
        if (x.empty(i) || y.empty(j)) {
            return x.empty(i) && y.empty(j);
        }
        int p = x.tagEnd[i] + 1;
        int q = y.tagEnd[j] + 1;
        int k = x.firstKid[i];
        int l = y.firstKid[j];
        while (k >= 0 && l >= 0) {
            if (!x.ids[k].equals(y.ids[l]) || !Arrays.equals(x.b, p, x.open[k], y.b, q, y.open[l])) {
                return false;
            }
            p = x.end[k];
            q = y.end[l];
            k = x.nextKid[k];
            l = y.nextKid[l];
        }
        return k < 0 && l < 0 && Arrays.equals(x.b, p, x.bodyEnd[i], y.b, q, y.bodyEnd[j]);
    }

    // ---- output ----

    private void put(byte[] from, int start, int end) {
        int n = end - start;
        if (size + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 3 / 2, size + n));
        }
        System.arraycopy(from, start, out, size, n);
        size += n;
    }

    private void put(char c) {
        if (size == out.length) {
            out = Arrays.copyOf(out, out.length * 3 / 2);
        }
        out[size++] = (byte) c;
    }
}
