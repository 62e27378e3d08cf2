package org.plantrace.core.trace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.text.Spaces;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Plan;

/**
 * Suspect links, as requirements tools call them: each alignment records a fingerprint of its target (code, title
 * and description) when it is made or reviewed. When a framework file changes the target's wording or definition,
 * the fingerprints differ and the link is suspect until someone reviews it and marks it reviewed.
 */
public final class SuspectLinks {

    private SuspectLinks() {
    }

    /** The fingerprint of what a link is reviewed against: the target's code, title and description. */
    public static String fingerprint(AlignmentTarget t) {
        String text = norm(t.getCode()) + "\n" + norm(t.getTitle() != null ? t.getTitle() : t.getName()) + "\n"
                + norm(t.getDescription());
        byte[] hash = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 6);
    }

    private static String norm(String s) {
        return s == null ? "" : Spaces.collapse(s);
    }

    /**
     * A fresh SHA-256 digest, cloned from one looked up once: {@code MessageDigest.getInstance} searches the security
     * providers and checks the algorithm constraints on every call, over half of fingerprinting in a cold command.
     */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException never) {
                throw new IllegalStateException(never);
            }
        }
    }

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the link was reviewed against a wording of its target that has since changed. */
    public static boolean isSuspect(Alignment a) {
        String reviewed = a.getReviewedAgainst();
        AlignmentTarget t = a.getTarget();
        return reviewed != null && !reviewed.isBlank() && t != null && !t.eIsProxy()
                && !reviewed.equals(fingerprint(t));
    }

    /** Whether the link carries no fingerprint yet (made before links were fingerprinted). */
    public static boolean isUnreviewed(Alignment a) {
        return a.getReviewedAgainst() == null || a.getReviewedAgainst().isBlank();
    }

    /** The fingerprint the link should carry once reviewed; null when its target cannot be resolved. */
    public static String reviewedValue(Alignment a) {
        AlignmentTarget t = a.getTarget();
        return t == null || t.eIsProxy() ? null : fingerprint(t);
    }

    /** Every suspect link of the plan, in document order. */
    public static List<Alignment> suspects(Plan plan) {
        List<Alignment> out = new ArrayList<>();
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Alignment a && isSuspect(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Every link of the plan that is suspect or not fingerprinted yet: what "mark all reviewed" would set. */
    public static List<Alignment> toReview(Plan plan) {
        List<Alignment> out = new ArrayList<>();
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Alignment a && reviewedValue(a) != null
                    && !reviewedValue(a).equals(a.getReviewedAgainst())) {
                out.add(a);
            }
        }
        return out;
    }
}
