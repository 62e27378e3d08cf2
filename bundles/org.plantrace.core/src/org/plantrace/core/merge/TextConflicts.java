package org.plantrace.core.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * The conflicts of a {@linkplain TextMerge text merge} (attributes both sides changed differently, ours kept) as the
 * model merge states them, or null when that cannot be shown to be the same.
 *
 * <p>Why it is the same: the model merge reports such an attribute from {@link FeatureMerge#bothChanged} with the
 * three values read by the loader ({@link Side#attribute}) and the element of the result as it stands then. Here the
 * values are read by the same loader: ours from the proven result (our start tag, unchanged), the base's and theirs
 * from small documents holding just those attributes. The model merge merges the elements in our document order,
 * each with all its features, so when it reports the conflict the element's containers are merged as they are in
 * the result, and the element itself has our values: theirs changed nothing else in its start tag
 * ({@link TextMerge}). The words name only the element and its containers
 * ({@link MergeWords#wordedByItselfAndContainers}); a link, worded by the element it points at (which may come later
 * and still be ours when the model merge gets there), is left to the model merge. So is anything else: an attribute
 * the loader does not read as a single value, values that are not a conflict for the model merge (e.g. written
 * differently, meaning the same), a value the loader refuses (the model merge then names the unusable version).
 */
final class TextConflicts {

    private TextConflicts() {
    }

    /**
     * @param merged the text merge's result, loaded (proven: it loads and saves to the same bytes)
     * @return the conflicts in the model merge's order and words, or null: merge the models
     */
    static List<MergeConflict> of(Resource merged, TextMerge.Result text, URI uri) {
        Resource base;
        Resource theirs;
        try {
            base = ModelStore.load(ModelStore.newResourceSet(), text.baseValues(), uri, "base");
            theirs = ModelStore.load(ModelStore.newResourceSet(), text.theirsValues(), uri, "theirs");
        } catch (ModelLoadException e) {
            return null;
        }
        List<Found> found = new ArrayList<>();
        for (TextMerge.Conflict c : text.conflicts()) {
            EObject o = merged.getEObject(c.id());
            EObject b = base.getEObject(c.id());
            EObject t = theirs.getEObject(c.id());
            if (o == null || b == null || t == null || b.eClass() != o.eClass() || t.eClass() != o.eClass()
                    || !c.id().equals(Side.id(o)) || !MergeWords.wordedByItselfAndContainers(o)) {
                return null;
            }
            List<EAttribute> attributes = MergeFeatures.of(o.eClass()).attributes();
            EStructuralFeature f = o.eClass().getEStructuralFeature(c.attribute());
            if (!(f instanceof EAttribute a) || a.isMany() || !attributes.contains(a)) {
                return null;
            }
            List<String> vb = Side.attribute(b, a);
            List<String> vo = Side.attribute(o, a);
            List<String> vt = Side.attribute(t, a);
            if (Objects.equals(vo, vt) || Objects.equals(vt, vb) || Objects.equals(vo, vb)) {
                return null;
            }
            found.add(new Found(c.order(), attributes.indexOf(a),
                    FeatureMerge.bothChanged(c.id(), o, a, vb, vo, vt, false)));
        }
        found.sort(Comparator.comparingInt(Found::order).thenComparingInt(Found::feature));
        return found.stream().map(Found::conflict).toList();
    }

    /**
     * A document with the conflicting attributes as {@code side} has them: the root element with its namespaces and
     * id, and each element of a conflict inside its containers, all with their ids only (an element's type, when
     * written, comes with it), the element of a conflict with those attributes as written. The elements are where
     * they are in every version (nothing moved or was deleted where the text merge applies).
     */
    static byte[] values(XmiText side, List<TextMerge.Conflict> conflicts) {
        Map<Integer, List<String>> attributes = new TreeMap<>();
        for (TextMerge.Conflict c : conflicts) {
            attributes.computeIfAbsent(side.of(c.id()), k -> new ArrayList<>()).add(c.attribute());
        }
        Set<Integer> elements = new TreeSet<>(); // document order: an element after its containers
        for (int e : attributes.keySet()) {
            for (int c = e; c >= 0; c = side.parent[c]) {
                elements.add(c);
            }
        }
        StringBuilder out = new StringBuilder(new String(XmiText.DECLARATION, StandardCharsets.US_ASCII));
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int e : elements) {
            while (!open.isEmpty() && open.peek() != side.parent[e]) {
                out.append("</").append(side.name(open.pop())).append('>');
            }
            out.append('<').append(side.name(e));
            for (Map.Entry<String, String> a : side.attributes(e).entrySet()) {
                String n = a.getKey();
                boolean namespace = e == 0 ? n.indexOf(':') >= 0 : n.startsWith("xsi:");
                if (namespace || n.equals("id") || attributes.getOrDefault(e, List.of()).contains(n)) {
                    out.append(' ').append(n).append("=\"").append(a.getValue()).append('"');
                }
            }
            out.append('>');
            open.push(e);
        }
        while (!open.isEmpty()) {
            out.append("</").append(side.name(open.pop())).append('>');
        }
        return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A conflict with its element's place in our document and its attribute's among the class's. */
    private record Found(int order, int feature, MergeConflict conflict) {
    }
}
