package org.plantrace.core.ids;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Identified;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Target;

/**
 * The one id policy of Plantrace. Ids are stable (never changed when an element is renumbered, moved or
 * retitled) and <em>never reused</em>: other files (plans linking to framework items, results files,
 * parent plans) refer to elements by id, so an id that once named a deleted element must not come back
 * naming a new, unrelated one. A file does not remember the ids it has lost, so a new element's id is its
 * readable stem ({@code obj-access-ka}, {@code nsp-item}) followed by a random part of six characters
 * ({@code obj-access-ka-7kq2mz}); two analysts adding elements to copies of one file also get different
 * ids, which keeps their work apart when the copies are merged.
 * <p>
 * A new link's id is {@code <source id>-<target id>}: the same link made twice (by two analysts, or
 * deleted and made again) is the same element; only when that id is taken does it get a random part.
 */
public final class Ids {

    /** Lower-case letters and digits without look-alikes (0/o, 1/l/i). */
    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

    /** Length of the random part: 31^6, close to 900 million choices per stem. */
    static final int RANDOM_LENGTH = 6;

    private Ids() {
    }

    /** Every id used in {@code r}. */
    public static Set<String> taken(Resource r) {
        Set<String> ids = new HashSet<>();
        if (r != null) {
            for (Iterator<EObject> it = r.getAllContents(); it.hasNext();) {
                String id = EcoreUtil.getID(it.next());
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The readable stem of ids for {@code o} placed under {@code container}, in the style of the sample. */
    public static String stem(EObject o, EObject container) {
        String parent = container == null ? null : EcoreUtil.getID(container);
        if (o instanceof KeyActivity) {
            return parent == null ? "ka" : parent + "-ka";
        }
        if (o instanceof Alignment) {
            return parent == null ? "link" : parent + "-link";
        }
        if (o instanceof Target) {
            return parent == null ? "target" : parent + "-t";
        }
        if (o instanceof Measure) {
            return container instanceof BusinessGroup && parent != null ? parent + "-m" : "m";
        }
        if (o instanceof PriorityItem) {
            return parent == null ? "item" : parent + "-item";
        }
        if (o instanceof CorporateObjective) {
            return "obj";
        }
        if (o instanceof StrategicOutcome) {
            return container instanceof StrategicOutcome && parent != null ? parent + "-out" : "out";
        }
        if (o instanceof BusinessGroup) {
            return "bg";
        }
        if (o instanceof Plan) {
            return "plan";
        }
        if (o instanceof Framework) {
            return "framework";
        }
        return o.eClass().getName().toLowerCase(Locale.ROOT);
    }

    /** A new id {@code stem-xxxxxx} not in {@code taken}, which is updated. */
    public static String fresh(String stem, Set<String> taken) {
        return fresh(stem, taken, ThreadLocalRandom.current());
    }

    /** As {@link #fresh(String, Set)} with the given source of randomness (tests fix it). */
    public static String fresh(String stem, Set<String> taken, RandomGenerator random) {
        String base = stem == null || stem.isBlank() ? "element" : stem;
        while (true) {
            StringBuilder id = new StringBuilder(base.length() + 1 + RANDOM_LENGTH).append(base).append('-');
            for (int i = 0; i < RANDOM_LENGTH; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = id.toString();
            if (taken.add(s)) {
                return s;
            }
        }
    }

    /**
     * Gives {@code root} and everything it contains new ids (for elements about to be added under
     * {@code container}, e.g. a pasted copy), avoiding {@code taken}, which is updated.
     */
    public static void assignFresh(EObject root, EObject container, Set<String> taken) {
        assignFresh(root, container, taken, ThreadLocalRandom.current());
    }

    /** As {@link #assignFresh(EObject, EObject, Set)} with the given source of randomness (tests fix it). */
    public static void assignFresh(EObject root, EObject container, Set<String> taken, RandomGenerator random) {
        if (root instanceof Identified i) {
            i.setId(fresh(stem(root, container), taken, random));
        }
        for (EObject c : root.eContents()) {
            assignFresh(c, root, taken, random);
        }
    }

    /** The id of a new link from {@code source} to {@code target} in {@code source}'s file. */
    public static String link(AlignableElement source, AlignmentTarget target) {
        String base = nz(source.getId(), "element") + "-" + nz(target.getId(), "target");
        Resource r = source.eResource();
        if (r == null || r.getEObject(base) == null) {
            return base;
        }
        return fresh(base, taken(r));
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
