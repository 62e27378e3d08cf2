package org.plantrace.ui.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.group.performance.ColumnGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Plan;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.matrix.MatrixComposite;
import org.plantrace.ui.matrix.internal.grid.MatrixStyle;
import org.plantrace.matrix.CellState;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.matrix.RowKind;

/**
 * The sample plan's matrix in a plain shell: what is rendered (row and column labels, groups, painted
 * pixels), toggling through real clicks and the space key with undo and redo, and the coverage counts.
 */
class MatrixCompositeTest {

    /** The colour of a direct link's disc. */
    static final RGB LINK = new RGB(31, 78, 121);
    /** The header strip of a gap column. */
    static final RGB GAP = new RGB(192, 0, 0);
    /** The corner flag of a suspect link. */
    static final RGB SUSPECT = new RGB(230, 145, 0);

    private Shell shell;
    private Plan plan;
    private AdapterFactoryEditingDomain domain;
    private MatrixComposite matrix;

    @BeforeEach
    void open() throws Exception {
        plan = Fixture.sample();
        domain = Fixture.domain(plan);
        shell = Fixture.shell(1600, 1000);
        matrix = new MatrixComposite(shell, SWT.NONE);
        matrix.setInput(plan, domain);
        shell.open();
        shell.layout(true, true);
        Fixture.pump(300);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private EObject byId(String id) {
        for (var r : plan.eResource().getResourceSet().getResources()) {
            EObject e = r.getEObject(id);
            if (e != null) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private int row(String id) {
        int r = matrix.model().gridRowOf(byId(id));
        assertTrue(r >= 0, id + " has no visible row");
        return r;
    }

    private int col(String id) {
        int c = matrix.model().gridColumnOf(byId(id));
        assertTrue(c >= 0, id + " has no visible column");
        return c;
    }

    private NatTable nat() {
        return matrix.grid().natTable();
    }

    @Test
    void rendersOutcomesObjectivesKeyActivitiesAndFrameworkColumns() throws Exception {
        MatrixModel m = matrix.model();
        // rows: outcome, sub-outcome, objective, its key activities (measures hidden by default)
        assertEquals(RowKind.OUTCOME, m.kind(0));
        assertEquals("Confidence", m.rowLabel(0));
        assertEquals("CONFIDENCE", m.rowHeader(0));
        int access = row("obj-access");
        assertEquals("1", m.rowHeader(access));
        assertEquals(RowKind.OBJECTIVE, m.kind(access));
        assertEquals("KA1", m.rowHeader(access + 1));
        assertEquals(RowKind.KEY_ACTIVITY, m.kind(access + 1));
        for (int r = 0; r < m.rowCount(); r++) {
            assertFalse(m.kind(r) == RowKind.MEASURE, "measures are shown on demand only");
        }
        // the labels the grid renders come from its layers: body, row header, column header, groups
        assertEquals(m.rowLabel(access), nat().getDataValueByPosition(
                matrix.grid().natColumn(MatrixModel.TREE_COLUMN),
                matrix.grid().natRow(access)));
        assertEquals("1", nat().getDataValueByPosition(0,
                matrix.grid().natRow(access)));
        // columns: frameworks in scheme order, each with an "All" column; PAs under their PSA; the NI
        // column carries the APACS indicator that corresponds to it
        List<String> groups = new ArrayList<>();
        ColumnGroupHeaderLayer g = matrix.grid().groups();
        for (int fi = 0; fi < m.columns().frameworks().size(); fi++) {
            groups.add(m.columns().frameworkLabel(fi));
        }
        assertTrue(groups.get(0).startsWith("PSA"), groups.toString());
        assertTrue(groups.indexOf("PS: Protective Services") > groups.indexOf("NIS: National Indicator Set"), groups.toString());
        assertEquals("All", m.columnLabel(MatrixModel.FIXED_COLUMNS));
        int pa1 = col("psa-24-pa1");
        assertEquals("PA1", m.columnLabel(pa1));
        assertEquals("NI 16 \u00b7 SPI 5.2", m.columnLabel(col("ni-16")));
        assertEquals(col("ni-16"), col("spi-5-2"), "SPI 5.2 is merged into the NI 16 column");
        // group header cells as rendered: level 1 (row 0) framework, level 0 (row 1) the PSA
        int natPa1 = matrix.grid().natColumn(pa1);
        assertTrue(natPa1 > 0, "PA1 of PSA 24 is in view");
        assertEquals(m.columns().frameworkLabel(0), g.getDataValueByPosition(natPa1 - 1, 0));
        assertTrue(String.valueOf(g.getDataValueByPosition(natPa1 - 1, 0)).startsWith("PSA: Public Service Agreements"));
        assertEquals("PSA 24", g.getDataValueByPosition(natPa1 - 1, 1));
        assertEquals("PA1", g.getDataValueByPosition(natPa1 - 1, 2));
        Fixture.screenshot(shell, "matrix-sample-start");
    }

    @Test
    void paintsMarksGapsAndFrameworkColours() {
        Snapshot s = Snapshot.paint(nat());
        assertTrue(s.distinctColours() > 30, "a painted grid has many colours, got " + s.distinctColours());
        Rectangle all = new Rectangle(0, 0, s.width(), s.height());
        assertTrue(s.count(all, LINK, 8) > 500, "direct links are painted as discs");
        // the on-screen pixels show the same (not a blank window)
        Snapshot screen = Snapshot.screen(nat());
        assertTrue(screen.distinctColours() > 30, "on screen: " + screen.distinctColours() + " colours");
        // gap columns: the NI group shows 13 uncovered indicators with red header strips
        matrix.setColumnFilter("NI");
        Fixture.pump(100);
        Snapshot ni = Snapshot.paint(nat());
        assertTrue(ni.count(all, GAP, 4) > 13 * 100, "gap header strips are red");
        RGB gapBody = MatrixStyle.GAP_COLUMN_BG.getRGB();
        assertTrue(ni.count(all, gapBody, 2) > 1000, "gap columns are tinted");
    }

    @Test
    void aMeasuresRowHeaderShowsItsStatusFromTheResultsFiles() throws Exception {
        matrix.setShowMeasures(true);
        Fixture.pump(300);
        // examples/policing-london-2009-12/results: SPI 1.2 (m-14) red, SPI 1.1 (m-13) amber, SPI 5.2 (m-16) green
        RGB red = new RGB(204, 0, 0);
        RGB amber = new RGB(255, 176, 0);
        RGB green = new RGB(0, 150, 64);
        String[][] expected = { { "m-14", "red" }, { "m-13", "amber" }, { "m-16", "green" }, { "m-1", "none" } };
        for (String[] e : expected) {
            int r = row(e[0]);
            nat().doCommand(new ShowCellInViewportCommand(MatrixModel.FIXED_COLUMNS, r));
            Fixture.pump(100);
            Rectangle header = nat().getBoundsByPosition(0, matrix.grid().natRow(r));
            Snapshot s = Snapshot.paint(nat());
            int reds = s.count(header, red, 12);
            int ambers = s.count(header, amber, 12);
            int greens = s.count(header, green, 12);
            String seen = e[0] + ": red " + reds + ", amber " + ambers + ", green " + greens;
            switch (e[1]) {
                case "red" -> assertTrue(reds >= 40 && ambers < 5 && greens < 5, seen);
                case "amber" -> assertTrue(ambers >= 40 && reds < 5 && greens < 5, seen);
                case "green" -> assertTrue(greens >= 40 && reds < 5 && ambers < 5, seen);
                default -> assertTrue(reds + ambers + greens < 5, "a measure without results has no bar: " + seen);
            }
        }
        Fixture.screenshot(shell, "matrix-rag-row-headers");
    }

    @Test
    void aSuspectLinkCarriesAnAmberFlagUntilItIsReviewed() throws Exception {
        MatrixModel m = matrix.model();
        PriorityItem ni15 = (PriorityItem) byId("ni-15");
        Alignment link = (Alignment) byId("obj-violence-d1");
        int r = row("obj-violence");
        int c = col("ni-15");
        assertEquals(CellState.DIRECT, m.state(r, c));
        nat().doCommand(new ShowCellInViewportCommand(c, r));
        Fixture.pump(100);
        Rectangle cell = nat().getBoundsByPosition(matrix.grid().natColumn(c), matrix.grid().natRow(r));
        assertTrue(Snapshot.paint(nat()).count(cell, SUSPECT, 10) < 3, "a reviewed link has no flag");

        // the NI framework rewords NI 15: the plan's link to it becomes suspect
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, ni15,
                org.plantrace.model.PlantracePackage.Literals.NAMED__TITLE, "Serious violent crime (new definition)"));
        Fixture.pump(300);
        assertTrue(m.isSuspect(r, c));
        cell = nat().getBoundsByPosition(matrix.grid().natColumn(c), matrix.grid().natRow(r));
        Snapshot flagged = Snapshot.paint(nat());
        assertTrue(flagged.count(cell, SUSPECT, 10) >= 10, "the cell shows the amber corner flag");
        assertTrue(flagged.count(cell, LINK, 8) > 20, "and still the link's disc");
        Fixture.screenshot(shell, "matrix-suspect-link");

        // reviewing the link (as Mark Links Reviewed does) removes the flag; undo brings it back
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, link,
                org.plantrace.model.PlantracePackage.Literals.ALIGNMENT__REVIEWED_AGAINST,
                org.plantrace.core.trace.SuspectLinks.fingerprint(ni15)));
        Fixture.pump(300);
        assertTrue(Snapshot.paint(nat()).count(cell, SUSPECT, 10) < 3, "reviewed: no flag");
        domain.getCommandStack().undo();
        Fixture.pump(300);
        assertTrue(Snapshot.paint(nat()).count(cell, SUSPECT, 10) >= 10, "undo: flagged again");
    }

    @Test
    void aClickSelectsSpaceLinksUndoRedoDoubleClickUnlinksAndCoverageFollows() throws Exception {
        MatrixModel m = matrix.model();
        CorporateObjective events = (CorporateObjective) byId("obj-events");
        PriorityItem ni22 = (PriorityItem) byId("ni-22");
        int gaps = m.links().gapColumnCount();
        int links = m.links().linkCount();
        int r = row("obj-events");
        int c = col("ni-22");
        assertEquals(CellState.NONE, m.state(r, c));
        assertEquals(0, m.coverage(c));
        assertTrue(m.isGapColumn(c));
        int rowCount = m.linkCount(r);

        // a click on the cell only selects it (a click meant to focus a cell must not create a link)
        nat().doCommand(new ShowCellInViewportCommand(c, r));
        Fixture.pump(100);
        assertNotNull(Fixture.cellOnDisplay(matrix, r, c), "the cell is in view");
        Snapshot beforeClick = Snapshot.paint(nat());
        Fixture.click(matrix, r, c);
        assertEquals(r, matrix.grid().selection().getSelectionAnchor().getRowPosition(), "the click selected the cell");
        assertEquals(c, matrix.grid().selection().getSelectionAnchor().getColumnPosition());
        Fixture.pump(600);
        assertEquals(CellState.NONE, m.state(r, c), "the click did not link the cell");
        assertFalse(domain.getCommandStack().canUndo(), "nothing was changed");
        Rectangle clicked = nat().getBoundsByPosition(matrix.grid().natColumn(c), matrix.grid().natRow(r));
        Snapshot selected = Snapshot.paint(nat());
        assertTrue(selected.count(clicked, LINK, 8) < 5, "no disc is painted in the selected cell");
        assertTrue(beforeClick.differs(selected, clicked), "the selected cell is painted differently");
        Fixture.screenshot(shell, "matrix-sample-click-selects");

        // Space on the selected cell links objective 6 to NI 22
        nat().setFocus();
        Fixture.key(nat(), ' ', ' ');
        assertTrue(Fixture.waitFor(() -> m.state(r, c) == CellState.DIRECT, 2000), "space linked the cell");
        assertTrue(events.getAlignments().stream().anyMatch(a -> a.getTarget() == ni22), "the model has the link");
        assertEquals(1, m.coverage(c));
        assertFalse(m.isGapColumn(c));
        assertEquals(gaps - 1, m.links().gapColumnCount());
        assertEquals(links + 1, m.links().linkCount());
        assertEquals(rowCount + 1, m.linkCount(r));
        Fixture.pump(100);
        Snapshot after = Snapshot.paint(nat());
        Rectangle local = nat().getBoundsByPosition(matrix.grid().natColumn(c),
                matrix.grid().natRow(r));
        assertTrue(after.count(local, LINK, 8) > 20, "the cell shows a disc");
        Fixture.screenshot(shell, "matrix-sample-linked");

        // undo through the command stack: link gone, NI 22 a gap again
        assertTrue(domain.getCommandStack().canUndo());
        assertTrue(domain.getCommandStack().getUndoCommand().getLabel().startsWith("Link objective 6 to NI 22"),
                domain.getCommandStack().getUndoCommand().getLabel());
        domain.getCommandStack().undo();
        assertTrue(Fixture.waitFor(() -> m.state(r, c) == CellState.NONE, 2000));
        assertFalse(events.getAlignments().stream().anyMatch(a -> a.getTarget() == ni22));
        assertEquals(0, m.coverage(c));
        assertTrue(m.isGapColumn(c));
        assertEquals(gaps, m.links().gapColumnCount());
        assertEquals(links, m.links().linkCount());
        domain.getCommandStack().redo();
        assertTrue(Fixture.waitFor(() -> m.state(r, c) == CellState.DIRECT, 2000));

        // a double-click on the cell unlinks it again
        Fixture.doubleClick(matrix, r, c);
        assertTrue(Fixture.waitFor(() -> m.state(r, c) == CellState.NONE, 2000), "double-click unlinked the cell");
        assertFalse(events.getAlignments().stream().anyMatch(a -> a.getTarget() == ni22));
        assertEquals(gaps, m.links().gapColumnCount());
    }

    @Test
    void tabAndShiftTabLeaveTheGrid() {
        shell.forceActive();
        nat().setFocus();
        Fixture.pump(200);
        assertTrue(nat().isFocusControl(), "the grid has the keyboard focus");
        int r = row("obj-events");
        int c = col("ni-22");
        nat().doCommand(new SelectCellCommand(matrix.grid().selection(), c, r, false, false));
        Fixture.pump(100);
        post(SWT.TAB, '\t', false);
        assertFalse(nat().isFocusControl(), "Tab moved the focus out of the grid");
        assertEquals(c, matrix.grid().selection().getSelectionAnchor().getColumnPosition(),
                "and did not move the selection");
        nat().setFocus();
        Fixture.pump(100);
        post(SWT.TAB, '\t', true);
        assertFalse(nat().isFocusControl(), "Shift+Tab moved the focus out of the grid");
    }

    private void post(int keyCode, char character, boolean shift) {
        org.eclipse.swt.widgets.Display d = shell.getDisplay();
        if (shift) {
            d.post(keyEvent(SWT.KeyDown, SWT.SHIFT, '\0'));
        }
        d.post(keyEvent(SWT.KeyDown, keyCode, character));
        d.post(keyEvent(SWT.KeyUp, keyCode, character));
        if (shift) {
            d.post(keyEvent(SWT.KeyUp, SWT.SHIFT, '\0'));
        }
        Fixture.pump(300);
    }

    private static org.eclipse.swt.widgets.Event keyEvent(int type, int keyCode, char character) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        return e;
    }

    @Test
    void keyActivityCellsCiteTheKeyActivityInTheObjectivesLink() {
        MatrixModel m = matrix.model();
        // Appendix B: objective 1 delivers Major Crime through KA3, KA4, KA8
        Alignment b2 = (Alignment) byId("obj-access-b2");
        KeyActivity ka1 = (KeyActivity) byId("obj-access-ka1");
        KeyActivity ka3 = (KeyActivity) byId("obj-access-ka3");
        int c = col("ps-major-crime");
        assertEquals(CellState.DIRECT, m.state(row("obj-access"), c));
        assertEquals("KA3, 4, 8", m.citations(row("obj-access"), c));
        assertEquals(CellState.CITED, m.state(row("obj-access-ka3"), c));
        assertEquals(CellState.NONE, m.state(row("obj-access-ka1"), c));
        assertTrue(matrix.toggle(row("obj-access-ka1"), c));
        assertTrue(b2.getKeyActivities().contains(ka1));
        assertTrue(Fixture.waitFor(() -> m.state(row("obj-access-ka1"), c) == CellState.CITED, 2000));
        assertTrue(matrix.toggle(row("obj-access-ka3"), c));
        assertFalse(b2.getKeyActivities().contains(ka3));
        assertTrue(Fixture.waitFor(() -> m.state(row("obj-access-ka3"), c) == CellState.NONE, 2000));
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        assertTrue(Fixture.waitFor(() -> m.state(row("obj-access-ka1"), c) == CellState.NONE, 2000));
        assertEquals(List.of("obj-access-ka3", "obj-access-ka4", "obj-access-ka8"),
                b2.getKeyActivities().stream().map(KeyActivity::getId).toList());
    }

    @Test
    void keyActivityLinksShowAsInheritedOnTheObjective() {
        MatrixModel m = matrix.model();
        // a key activity of objective 2 gets its own link to SPP 3: the objective row shows it inherited
        int ka = row("obj-neighbourhoods-ka1");
        int c = col("spp-3");
        int obj = row("obj-neighbourhoods");
        assertEquals(CellState.NONE, m.state(obj, c));
        assertTrue(matrix.toggle(ka, c));
        assertTrue(Fixture.waitFor(() -> m.state(ka, c) == CellState.DIRECT, 2000));
        assertEquals(CellState.INHERITED, m.state(obj, c));
        assertEquals(CellState.INHERITED, m.state(row("out-safety"), c));
        assertTrue(m.alignments(obj, c).isEmpty(), "the objective itself has no link");
    }

    @Test
    void filtersSortAndHideFrameworks() throws Exception {
        MatrixModel m = matrix.model();
        matrix.setRowFilter("violence");
        List<String> refs = new ArrayList<>();
        for (int r = 0; r < m.rowCount(); r++) {
            refs.add(m.rowHeader(r) + ":" + m.kind(r));
        }
        assertTrue(refs.contains("3:OBJECTIVE"), refs.toString());
        assertFalse(refs.contains("1:OBJECTIVE"), refs.toString());
        assertEquals("SAFETY", m.rowHeader(0), "a match keeps its outcome");
        matrix.setRowFilter("");
        matrix.setColumnFilter("PSA 24");
        List<String> cols = new ArrayList<>();
        for (int c = MatrixModel.FIXED_COLUMNS; c < m.gridColumnCount(); c++) {
            cols.add(m.columnLabel(c));
        }
        // PSA 24 with its priority actions; SPP 1 too, as its title cites PSA 24
        assertEquals(List.of("PSA 24", "PA1", "PA2", "PA3", "PA4", "PA5"), cols.subList(0, 6));
        assertEquals(List.of("SPP 1"), cols.subList(6, cols.size()));
        matrix.setColumnFilter("");

        // sorting by a column puts the linked objectives first among siblings, and survives a refresh
        int c = col("spp-2");
        nat().doCommand(new SortColumnCommand(nat(), matrix.grid().natColumn(c), false, SortDirectionEnum.ASC));
        Fixture.pump(50);
        // objective 4 links SPP 2, objective 2 (before it in the plan) does not: 4 now comes first
        assertEquals(CellState.DIRECT, m.state(row("obj-networks"), c));
        assertEquals(CellState.NONE, m.state(row("obj-neighbourhoods"), c));
        assertTrue(row("obj-networks") < row("obj-neighbourhoods"));
        List<Integer> objectivesInOrder = new ArrayList<>();
        for (int r = 0; r < m.rowCount(); r++) {
            if (m.kind(r) == RowKind.OBJECTIVE) {
                objectivesInOrder.add(((CorporateObjective) m.element(r)).getNumber());
            }
        }
        assertTrue(matrix.toggle(row("obj-resources-ka1"), col("spp-1")));
        assertTrue(Fixture.waitFor(() -> m.state(row("obj-resources-ka1"), col("spp-1")) == CellState.DIRECT, 2000));
        List<Integer> again = new ArrayList<>();
        for (int r = 0; r < m.rowCount(); r++) {
            if (m.kind(r) == RowKind.OBJECTIVE) {
                again.add(((CorporateObjective) m.element(r)).getNumber());
            }
        }
        assertEquals(objectivesInOrder, again, "the sort survives a refresh");
        assertEquals(c, m.sorting().sortedGridColumn());

        // hiding protective services removes its columns and its links from the row counts
        var ps = m.columns().frameworkOf(m.column(col("ps-major-crime")));
        int before = m.linkCount(row("obj-access"));
        matrix.setFrameworkShown(ps, false);
        assertEquals(-1, m.gridColumnOf(byId("ps-major-crime")));
        assertEquals(before - 4, m.linkCount(row("obj-access")));
        matrix.setFrameworkShown(ps, true);
        assertEquals(before, m.linkCount(row("obj-access")));
    }

    @Test
    void gapsOnlyShowsUncoveredNationalPrioritiesAgainstObjectives() throws Exception {
        MatrixModel m = matrix.model();
        assertEquals(0, m.links().gapObjectiveCount(), "every objective of the sample traces to a national priority");
        assertEquals(13, m.links().gapColumnCount(), "13 National Indicators are covered by no objective");
        matrix.setGapsOnly(true);
        assertEquals(13, m.gridColumnCount() - MatrixModel.FIXED_COLUMNS);
        for (int c = MatrixModel.FIXED_COLUMNS; c < m.gridColumnCount(); c++) {
            assertTrue(m.isGapColumn(c));
            assertTrue(m.columnLabel(c).startsWith("NI "), m.columnLabel(c));
        }
        int objectives = 0;
        for (int r = 0; r < m.rowCount(); r++) {
            assertTrue(m.kind(r) == RowKind.OUTCOME || m.kind(r) == RowKind.OBJECTIVE);
            objectives += m.kind(r) == RowKind.OBJECTIVE ? 1 : 0;
        }
        assertEquals(7, objectives);
        Fixture.pump(200);
        Snapshot s = Snapshot.paint(nat());
        assertTrue(s.count(new Rectangle(0, 0, s.width(), s.height()), GAP, 4) > 13 * 100);
        Fixture.screenshot(shell, "matrix-sample-gaps-only");
        // filling a gap makes it disappear from the gaps-only view
        int c = col("ni-22");
        assertTrue(matrix.toggle(row("obj-events"), c));
        assertTrue(Fixture.waitFor(() -> m.gridColumnCount() - MatrixModel.FIXED_COLUMNS == 12, 2000));
        domain.getCommandStack().undo();
        assertTrue(Fixture.waitFor(() -> m.gridColumnCount() - MatrixModel.FIXED_COLUMNS == 13, 2000));
    }

    @Test
    void selectionPublishesAlignmentsElementsAndItemsAndRevealFindsThem() {
        MatrixModel m = matrix.model();
        Alignment e1 = (Alignment) byId("obj-access-e1");
        int r = row("obj-access");
        int c = col("psa-24-pa1");
        nat().doCommand(new SelectCellCommand(matrix.grid().selection(), c, r, false, false));
        Fixture.pump();
        assertEquals(e1, ((org.eclipse.jface.viewers.IStructuredSelection) matrix.getSelection()).getFirstElement());
        nat().doCommand(new SelectCellCommand(matrix.grid().selection(), MatrixModel.TREE_COLUMN, r, false, false));
        Fixture.pump();
        assertEquals(byId("obj-access"), ((org.eclipse.jface.viewers.IStructuredSelection) matrix.getSelection()).getFirstElement());

        // reveal: a collapsed objective is expanded to show its key activity
        matrix.model().folding().collapseObjectives();
        matrix.relayout();
        assertEquals(-1, m.gridRowOf(byId("obj-violence-ka2")));
        assertTrue(matrix.reveal(byId("obj-violence-ka2")));
        int ka = m.gridRowOf(byId("obj-violence-ka2"));
        assertTrue(ka > 0);
        assertEquals(ka, matrix.grid().selection().getSelectionAnchor().getRowPosition());
        // an alignment reveals its cell
        assertTrue(matrix.reveal(byId("obj-access-e3")));
        assertEquals(col("psa-24-pa3"), matrix.grid().selection().getSelectionAnchor().getColumnPosition());
        assertEquals(row("obj-access"), matrix.grid().selection().getSelectionAnchor().getRowPosition());
        // an item selects its column
        assertTrue(matrix.reveal(byId("ni-42")));
        assertTrue(matrix.grid().selection().isColumnPositionFullySelected(col("ni-42")));
    }
}
