package org.plantrace.core.validation;

import static org.plantrace.core.validation.Reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Identified;
import org.plantrace.model.Measure;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Wording;

/**
 * The traceability and consistency rules of Plantrace as an EMF {@link org.eclipse.emf.ecore.EValidator}:
 * EMF's own structural checks (multiplicity, proxies, unique ids) with messages in plan terms, plus
 * the plan rules of {@link Rule}, each kind of element checked by its own rules class ({@link PlanRules},
 * {@link ObjectiveRules}, {@link AlignmentRules}, {@link CitationRules}, {@link MeasureRules}, {@link NameRules},
 * {@link IdRules}). Plan-wide facts are computed once per run through the {@link org.plantrace.core.trace.TraceIndex}
 * kept in the validation context.
 */
public class PlanValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.plantrace.core";

    private final IdRules ids = new IdRules();

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain d, Map<Object, Object> ctx) {
        boolean ok = validate_EveryDefaultConstraint(o, d, ctx);
        if (o instanceof Identified i) {
            ok &= ids.validate(i, d);
        }
        if (o instanceof Named n) {
            ok &= NameRules.validate(n, d);
        }
        if (o instanceof AlignableElement source && !source.getAlignments().isEmpty()) {
            AlignmentRules.validateDuplicates(source, d);
        }
        if (o instanceof Plan p) {
            ok &= PlanRules.validate(p, d, ctx);
        } else if (o instanceof CorporateObjective obj) {
            ok &= ObjectiveRules.validate(obj, d, ctx);
        } else if (o instanceof Alignment a) {
            ok &= AlignmentRules.validate(a, d, ctx);
        } else if (o instanceof Measure m) {
            ok &= MeasureRules.validate(m, d);
        }
        return ok;
    }

    // ---- structural checks, in plan terms ----

    @Override
    public boolean validate_MultiplicityConforms(EObject o, EStructuralFeature f, DiagnosticChain d,
            Map<Object, Object> ctx) {
        if (f == PlantracePackage.Literals.ALIGNMENT__TARGET) {
            return true; // reported by the missing-target rule
        }
        return super.validate_MultiplicityConforms(o, f, d, ctx);
    }

    @Override
    public boolean validate_EveryProxyResolves(EObject o, DiagnosticChain d, Map<Object, Object> ctx) {
        boolean ok = true;
        for (EReference ref : o.eClass().getEAllReferences()) {
            if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient()) {
                continue;
            }
            List<EObject> values = new ArrayList<>();
            if (ref.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> l = (List<EObject>) o.eGet(ref, true);
                values.addAll(l);
            } else if (o.eGet(ref, true) instanceof EObject v) {
                values.add(v);
            }
            for (EObject v : values) {
                if (v.eIsProxy()) {
                    ok = false;
                    if (d != null && UnresolvedReferences.of(ctx).listOnItsOwn(o, (InternalEObject) v)) {
                        report(d, Rule.UNRESOLVED_REFERENCE, o, ProxyDescriptions.describe(o, ref, (InternalEObject) v,
                                ProxyDescriptions.filesSeen(ctx)));
                    }
                }
            }
        }
        return ok;
    }

    /**
     * The unresolved references of this validation run beyond those listed one by one (see
     * {@link UnresolvedReferences}), as one finding per referring file and referenced file; call once, after every
     * element of the run has been validated with {@code ctx}.
     */
    static void reportUnresolvedBeyondListed(DiagnosticChain d, Map<Object, Object> ctx) {
        UnresolvedReferences.of(ctx).reportRest((element, message) -> report(d, Rule.UNRESOLVED_REFERENCE, element, message));
    }

    /**
     * EMF checks every attribute value against its data type through the data type's package validator. For Ecore's
     * own string, boolean, integer and double types that check cannot fail here: {@code EcoreValidator} accepts any
     * value of them ({@code validateEString} and the others return true) once it is an instance of the type, which
     * the generated setters guarantee. Asking it anyway made EMF build the Ecore and XML-type validators (their
     * regular expressions included) in every cold {@code validate}, some 15% of its checking. Other types (the
     * enumerations) are checked as before.
     */
    @Override
    protected boolean validate_DataValueConforms(EObject o, EAttribute a, DiagnosticChain d, Map<Object, Object> ctx) {
        if (ALWAYS_CONFORMING.contains(a.getEAttributeType())) {
            return true;
        }
        return super.validate_DataValueConforms(o, a, d, ctx);
    }

    private static final Set<EDataType> ALWAYS_CONFORMING = Set.of(EcorePackage.Literals.ESTRING,
            EcorePackage.Literals.EBOOLEAN, EcorePackage.Literals.EINT, EcorePackage.Literals.EDOUBLE_OBJECT);

    @Override
    public boolean validate_UniqueID(EObject o, DiagnosticChain d, Map<Object, Object> ctx) {
        return true; // done per resource by IdRules, with a message naming both elements
    }

    /** Forget cached per-resource facts (call before validating a changed model again). */
    public void reset() {
        ids.reset();
    }

    // ---- wordings, for the editor's "Accept Published Wordings" ----

    /**
     * The element's published wordings that differ from its title and that no analyst has reviewed yet: what the
     * title-drift rule reports, and what "Accept Published Wordings" in the editor marks as reviewed.
     */
    public static List<Wording> unreviewedWordings(Named n) {
        return NameRules.unreviewedWordings(n);
    }

    /** Whether two wordings of a title are the same up to spacing, letter case and curly quotes. */
    public static boolean sameWording(String a, String b) {
        return NameRules.sameWording(a, b);
    }
}
