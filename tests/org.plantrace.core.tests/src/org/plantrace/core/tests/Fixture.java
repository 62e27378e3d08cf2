package org.plantrace.core.tests;

import java.nio.file.Path;

import org.plantrace.tests.support.Examples;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.AlignableElement;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.io.ModelStore;

/** Small plans and frameworks built in memory, each in its own resource, for rule-by-rule tests. */
public final class Fixture {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    public final ResourceSet rs = ModelStore.newResourceSet();
    public final Plan plan;
    private int next;

    public Fixture() {
        plan = F.createPlan();
        plan.setId("plan");
        plan.setTitle("Test plan");
        resource("mem/plan.plan").getContents().add(plan);
    }

    private Resource resource(String path) {
        return rs.createResource(URI.createFileURI("/" + path));
    }

    public Framework framework(String id, FrameworkKind kind, String... codes) {
        Framework f = F.createFramework();
        f.setId(id);
        f.setKind(kind);
        f.setName(id);
        for (String c : codes) {
            f.getItems().add(item(c));
        }
        resource("mem/" + id + ".framework").getContents().add(f);
        plan.getFrameworks().add(f);
        return f;
    }

    public static PriorityItem item(String code) {
        PriorityItem i = F.createPriorityItem();
        i.setId(code.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        i.setCode(code);
        i.setTitle("Title of " + code);
        return i;
    }

    public static PriorityItem child(PriorityItem parent, String code) {
        PriorityItem c = item(code);
        c.setId(parent.getId() + "-" + c.getId());
        parent.getChildren().add(c);
        return c;
    }

    public CorporateObjective objective(String id, int keyActivities) {
        CorporateObjective o = F.createCorporateObjective();
        o.setId(id);
        o.setTitle("Objective " + id);
        for (int i = 1; i <= keyActivities; i++) {
            KeyActivity ka = F.createKeyActivity();
            ka.setId(id + "-ka" + i);
            ka.setTitle("Activity " + i + " of " + id);
            o.getKeyActivities().add(ka);
        }
        plan.getObjectives().add(o);
        return o;
    }

    public Alignment link(AlignableElement from, AlignmentTarget to) {
        Alignment a = F.createAlignment();
        a.setId("al-" + (++next));
        a.setTarget(to);
        from.getAlignments().add(a);
        return a;
    }

    public static PriorityItem find(Framework f, String code) {
        for (var it = f.eAllContents(); it.hasNext();) {
            if (it.next() instanceof PriorityItem i && code.equals(i.getCode())) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The repository's examples folder, found by walking up from the working directory. */
    public static Path examples() {
        return Examples.dir();
    }
}
