package org.plantrace.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.docgen.Format;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.tests.support.Domains;
import org.plantrace.tests.support.Examples;
import org.plantrace.core.generated.GeneratedPlan;
import org.plantrace.matrix.edit.LinkCommands;
import org.plantrace.matrix.export.MatrixExport;
import org.plantrace.matrix.CellState;
import org.plantrace.matrix.ColumnSet;
import org.plantrace.matrix.LinkDiff;
import org.plantrace.matrix.LinkIndex;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.matrix.RowKind;
import org.plantrace.matrix.RowTree;

/**
 * The matrix model without a display: coverage and gaps agree with the core {@code TraceIndex}, the
 * incremental link index agrees with a full rebuild after any sequence of link commands and undos, link
 * commands on merged NI/APACS columns, and the CSV export of what is shown.
 */
class MatrixModelTest {

    private static EObject byId(Plan plan, String id) {
        for (var r : plan.eResource().getResourceSet().getResources()) {
            EObject e = r.getEObject(id);
            if (e != null) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    @Test
    void theMatrixCountsTheSameGapsAsTheCoverageEngineOnEveryExample() throws Exception {
        for (String example : List.of("policing-london-2009-12", "policing-performance-2003-04", "met-forward-2011-14")) {
            Plan plan = org.plantrace.model.io.ModelStore.loadPlan(Examples.dir().resolve(example + "/plan.plan"));
            MatrixModel m = new MatrixModel(plan);
            org.plantrace.core.trace.Coverage coverage = org.plantrace.core.trace.Coverage.of(plan);
            java.util.Set<PriorityItem> gapItems = new HashSet<>();
            for (int c = 0; c < m.columns().size(); c++) {
                if (m.links().isGapColumn(c)) {
                    gapItems.add((PriorityItem) m.columns().target(c));
                }
            }
            assertEquals(new HashSet<>(coverage.gaps()), gapItems, example);
            assertEquals(coverage.gaps().size(), m.links().gapColumnCount(), example);
        }
    }

    @Test
    void coverageAndGapsAgreeWithTheTraceIndex() throws Exception {
        Plan plan = Examples.sample();
        MatrixModel m = new MatrixModel(plan);
        TraceIndex index = TraceIndex.of(plan);
        ColumnSet columns = m.columns();
        LinkIndex links = m.links();
        assertEquals(index.frameworks().size(), columns.frameworks().size(), "the same frameworks");
        int gaps = 0;
        for (int c = 0; c < columns.size(); c++) {
            AlignmentTarget t = columns.target(c);
            Set<CorporateObjective> covering = new HashSet<>();
            if (t instanceof Framework f) {
                for (CorporateObjective o : plan.getObjectives()) {
                    if (index.linksOf(o).stream().anyMatch(l -> l.target() == f)) {
                        covering.add(o);
                    }
                }
            } else {
                covering.addAll(index.coveringObjectives((PriorityItem) t));
                for (AlignmentTarget alias : columns.aliases(c)) {
                    covering.addAll(index.coveringObjectives((PriorityItem) alias));
                }
            }
            assertEquals(covering.size(), links.coverage(c), "coverage of " + columns.label(c));
            if (links.isGapColumn(c)) {
                gaps++;
                assertTrue(t instanceof PriorityItem i && !i.isGroup() && covering.isEmpty());
            }
        }
        assertEquals(org.plantrace.core.trace.Coverage.of(index).gaps().size(), gaps, "the coverage engine's gaps");
        assertEquals(13, gaps);
        for (CorporateObjective o : plan.getObjectives()) {
            assertEquals(!index.tracesToNationalPriority(o), links.isGapElement(m.tree().slotOf(o)), o.getId());
        }
        assertEquals(index.links().stream().filter(l -> l.objective() != null).count(), links.linkCount());
    }

    @Test
    void incrementalUpdatesAgreeWithAFullRebuild() {
        Plan plan = GeneratedPlan.matrix(400, 300, 7);
        AdapterFactoryEditingDomain domain = Domains.of(plan);
        MatrixModel m = new MatrixModel(plan);
        m.setShowMeasures(true);
        m.layout();
        Random random = new Random(11);
        List<EObject> elements = new ArrayList<>();
        for (int r = 0; r < m.tree().size(); r++) {
            if (m.tree().kind(r).isAlignable()) {
                elements.add(m.tree().element(r));
            }
        }
        int commands = 0;
        for (int step = 0; step < 300; step++) {
            boolean undo = commands > 0 && random.nextInt(4) == 0;
            EObject changed;
            LinkIndex before = LinkIndex.of(m.tree(), m.columns());
            if (undo) {
                Command c = domain.getCommandStack().getUndoCommand();
                changed = ((LinkCommands.LinkCommand) c).element();
                domain.getCommandStack().undo();
                commands--;
            } else {
                EObject e = elements.get(random.nextInt(elements.size()));
                int col = random.nextInt(m.columns().size());
                CellState s = m.links().state(m.tree().slotOf(e), col);
                LinkCommands.LinkCommand c = LinkCommands.set(domain, e, m.columns(), col,
                        !(s == CellState.DIRECT || s == CellState.CITED));
                if (c == null) {
                    continue;
                }
                domain.getCommandStack().execute(c);
                commands++;
                changed = c.element();
            }
            m.refreshLinks(List.of(changed));
            LinkIndex incremental = m.links();
            LinkIndex full = LinkIndex.of(m.tree(), m.columns());
            LinkDiff diff = m.lastDiff();
            assertNotNull(diff, "a link change keeps rows and columns");
            for (int s = 0; s < m.tree().distinctElements().size(); s++) {
                Set<Integer> reported = new HashSet<>();
                if (diff.changed(s) != null) {
                    for (int c : diff.changed(s)) {
                        reported.add(c);
                    }
                }
                for (int c = 0; c < m.columns().size(); c++) {
                    assertEquals(full.state(s, c), incremental.state(s, c), "step " + step + " slot " + s + " column " + c);
                    if (before.state(s, c) != full.state(s, c)) {
                        assertTrue(reported.contains(c), "step " + step + ": the diff reports slot " + s + " column " + c);
                    }
                }
                assertEquals(full.isGapElement(s), incremental.isGapElement(s));
            }
            for (int c = 0; c < m.columns().size(); c++) {
                assertEquals(full.coverage(c), incremental.coverage(c), "step " + step + " coverage " + c);
                assertEquals(full.isGapColumn(c), incremental.isGapColumn(c));
                if (before.coverage(c) != full.coverage(c)) {
                    assertTrue(diff.coverageChanged().get(c));
                }
            }
            assertEquals(full.gapColumnCount(), incremental.gapColumnCount(), "step " + step);
            assertEquals(full.gapObjectiveCount(), incremental.gapObjectiveCount(), "step " + step);
            assertEquals(full.linkCount(), incremental.linkCount(), "step " + step);
        }
        assertTrue(commands > 50, "the random walk made links: " + commands);
    }

    @Test
    void unlinkingAnIndicatorColumnRemovesTheMergedApacsLinkToo() throws Exception {
        Plan plan = Examples.sample();
        AdapterFactoryEditingDomain domain = Domains.of(plan);
        MatrixModel m = new MatrixModel(plan);
        m.setShowMeasures(true);
        m.layout();
        Measure m16 = (Measure) byId(plan, "m-16");
        int r = m.gridRowOf(m16);
        int c = m.gridColumnOf(byId(plan, "ni-16"));
        assertEquals(RowKind.MEASURE, m.kind(r));
        assertEquals(2, m.alignments(r, c).size(), "m-16 links NI 16 and SPI 5.2, both shown in the NI 16 column");
        LinkCommands.LinkCommand unlink = LinkCommands.set(domain, m16, m.columns(), m.column(c), false);
        assertEquals("Unlink measure 16 from NI 16", unlink.getLabel());
        domain.getCommandStack().execute(unlink);
        m.refreshLinks(List.of(m16));
        assertTrue(m16.getAlignments().stream().noneMatch(a -> a.getId().startsWith("m-16-al")));
        assertEquals(CellState.NONE, m.state(r, c));
        domain.getCommandStack().undo();
        m.refreshLinks(List.of(m16));
        assertEquals(CellState.DIRECT, m.state(r, c));

        // a new link gets a stable id from its source and target, found by id in the resource
        CorporateObjective events = (CorporateObjective) byId(plan, "obj-events");
        LinkCommands.LinkCommand link = LinkCommands.set(domain, events, m.columns(),
                m.columns().columnOf(byId(plan, "ni-22")), true);
        domain.getCommandStack().execute(link);
        Alignment added = events.getAlignments().get(events.getAlignments().size() - 1);
        assertEquals("obj-events-ni-22", added.getId());
        assertSame(added, plan.eResource().getEObject("obj-events-ni-22"));
        assertSame(byId(plan, "ni-22"), added.getTarget());
    }

    private static MatrixModel psa24Objectives() throws Exception {
        MatrixModel m = new MatrixModel(Examples.sample());
        m.setColumnFilter("PSA 24");
        m.folding().collapseObjectives();
        m.layout();
        return m;
    }

    @Test
    void exportsWhatIsShownAsCsv() throws Exception {
        MatrixModel m = psa24Objectives();
        String csv = new String(MatrixExport.bytes(m, Format.CSV), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).contains("PSA 24") && lines.get(0).contains("PA5"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Objectives covering the item"), lines.get(1));
        String access = lines.stream().filter(l -> l.contains("Make our service more accessible")).findFirst().orElseThrow();
        assertEquals(5, access.chars().filter(ch -> ch == '\u25cf').count(), access);
        assertFalse(lines.stream().anyMatch(l -> l.contains("KA1 ")), "collapsed objectives export without key activities");
        assertEquals(m.rowCount() + 2, lines.size());
    }

    @Test
    void linksOfTheTraceIndexAllShowAsDirectOrInherited() throws Exception {
        Plan plan = Examples.sample();
        MatrixModel m = new MatrixModel(plan);
        RowTree tree = m.tree();
        for (Link l : TraceIndex.of(plan).links()) {
            if (l.objective() == null) {
                continue;
            }
            int col = m.columns().columnOf(l.target());
            CellState own = m.links().state(tree.slotOf(l.source()), col);
            CellState objective = m.links().state(tree.slotOf(l.objective()), col);
            assertEquals(CellState.DIRECT, own, l.alignment().getId());
            assertTrue(objective == CellState.DIRECT || objective == CellState.INHERITED, l.alignment().getId());
        }
    }
}
