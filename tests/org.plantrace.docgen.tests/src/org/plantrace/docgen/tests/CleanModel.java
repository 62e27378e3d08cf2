package org.plantrace.docgen.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.io.ModelStore;

/**
 * A small plan without validation errors, built in memory (one resource per file under {@code dir}):
 * two objectives linked to a PSA priority action, a PSA, a National Indicator and a protective service.
 */
final class CleanModel {

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    final ResourceSet rs = ModelStore.newResourceSet();
    final Path dir;
    final Plan plan;
    final Framework psa;
    final Framework ni;
    final Framework ps;
    final PriorityItem psa1;
    final PriorityItem pa1;
    final PriorityItem ni1;
    final PriorityItem ni2;
    final PriorityItem service;
    final CorporateObjective one;
    final CorporateObjective two;
    final BusinessGroup group;
    private int next;

    CleanModel(Path dir) {
        this.dir = dir;
        plan = F.createPlan();
        plan.setId("clean");
        plan.setTitle("Clean Plan 2030");
        plan.setVersion("2.0");
        resource("plan.plan").getContents().add(plan);

        psa = framework("psa", FrameworkKind.PSA, "PSA", "Public Service Agreements");
        psa1 = item(psa, "psa-1", "PSA 1", "Make communities safer");
        pa1 = F.createPriorityItem();
        pa1.setId("psa-1-pa1");
        pa1.setCode("PA1");
        pa1.setTitle("Reduce the most serious violence");
        psa1.getChildren().add(pa1);
        ni = framework("ni", FrameworkKind.NI, "NIS", "National Indicator Set");
        ni1 = item(ni, "ni-1", "NI 1", "Serious violent crime");
        ni1.setDescription("Number of most serious violent crimes per 1,000 population");
        ni2 = item(ni, "ni-2", "NI 2", "Serious acquisitive crime");
        ps = framework("ps", FrameworkKind.PS, "PS", "Protective Services");
        service = item(ps, "ps-major-crime", null, "Major Crime");

        group = F.createBusinessGroup();
        group.setId("bg");
        group.setName("Territorial Policing");
        group.setCode("TP");
        plan.getBusinessGroups().add(group);

        one = objective("obj-one", "Reduce serious violence", 3);
        two = objective("obj-two", "Disrupt criminal networks", 2);
        link(one, pa1);
        link(one, ni1);
        Alignment b = link(one, service);
        b.getKeyActivities().add(one.getKeyActivities().get(0));
        b.getKeyActivities().add(one.getKeyActivities().get(1));
        b.setPublishedKeyActivities("KA1, KA2");
        b.getLeadAgents().add(group);
        b.getActivities().add("To reduce gun-enabled crime");
        link(two, psa1);
        link(two, ni2);
    }

    private Resource resource(String name) {
        return rs.createResource(URI.createFileURI(dir.resolve(name).toAbsolutePath().toString()));
    }

    private Framework framework(String id, FrameworkKind kind, String code, String title) {
        Framework f = F.createFramework();
        f.setId(id);
        f.setKind(kind);
        f.setCode(code);
        f.setTitle(title);
        resource(id + ".framework").getContents().add(f);
        plan.getFrameworks().add(f);
        return f;
    }

    private static PriorityItem item(Framework f, String id, String code, String title) {
        PriorityItem i = F.createPriorityItem();
        i.setId(id);
        i.setCode(code);
        i.setTitle(title);
        f.getItems().add(i);
        return i;
    }

    CorporateObjective objective(String id, String title, int activities) {
        CorporateObjective o = F.createCorporateObjective();
        o.setId(id);
        o.setTitle(title);
        for (int i = 1; i <= activities; i++) {
            KeyActivity ka = F.createKeyActivity();
            ka.setId(id + "-ka" + i);
            ka.setTitle("Activity " + i + " of " + title);
            o.getKeyActivities().add(ka);
        }
        plan.getObjectives().add(o);
        return o;
    }

    Alignment link(CorporateObjective from, AlignmentTarget to) {
        Alignment a = F.createAlignment();
        a.setId(from.getId() + "-al" + (++next));
        a.setTarget(to);
        from.getAlignments().add(a);
        return a;
    }

    /** Saves every resource under {@link #dir}; returns the plan file. */
    Path save() throws IOException {
        for (Resource r : rs.getResources()) {
            ModelStore.save(r);
        }
        return dir.resolve("plan.plan");
    }
}
