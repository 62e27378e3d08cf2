package org.plantrace.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.trace.Link;
import org.plantrace.core.trace.Scheme;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.DiagramType;
import org.plantrace.diagram.EdgeKind;
import org.plantrace.diagram.NodeKind;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.diagram.render.Palette;
import org.plantrace.diagram.render.Rgb;
import org.plantrace.diagram.render.SvgExporter;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.PriorityItem;
import org.plantrace.ui.diagram.DiagramControl;
import org.plantrace.ui.diagram.DiagramView;

/**
 * The diagram view in a workbench, following a plan editor (the test editor): it paints the diagram the layout
 * describes, follows selections both ways, opens elements, re-lays out after model changes keeping the viewport,
 * and navigates by keyboard.
 */
class DiagramViewTest {

    private PlanInput input;
    private TestPlanEditor editor;
    private DiagramView view;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchPage page = Ui.page();
        page.closeAllEditors(false);
        input = Ui.sample();
        editor = (TestPlanEditor) page.openEditor(input, TestPlanEditor.ID);
        view = (DiagramView) page.showView(DiagramView.ID);
        page.getWorkbenchWindow().getShell().setSize(1400, 950);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.show(DiagramType.STRATEGY_MAP, null);
        waitForLayout();
    }

    @AfterEach
    void close() {
        IWorkbenchPage page = Ui.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
        page.closeAllEditors(false);
        Ui.settle();
    }

    private void waitForLayout() {
        Ui.waitUntil("the diagram layout", 60, () -> !view.isBusy() && view.getDiagramLayout() != null);
        Ui.settle();
    }

    private DiagramControl control() {
        return view.getControl();
    }

    @Test
    void followsThePlanEditorAndPaintsTheStrategyMap() {
        assertSame(input.plan(), view.getPlan());
        DiagramLayout layout = view.getDiagramLayout();
        assertEquals(DiagramType.STRATEGY_MAP, layout.diagram().type());
        assertEquals(input.plan().getObjectives().size(),
                layout.diagram().nodes().stream().filter(n -> n.kind() == NodeKind.OBJECTIVE).count());
        control().zoomToFit();
        control().actualSize();
        control().setOrigin(0, 0);
        ImageData shot = Ui.snapshot(control());
        Ui.save(shot, "strategy-map-view");
        assertPaintsTheLayout(shot);
        assertPaintsTheLayout(Ui.printed(control()));
    }

    @Test
    void paintsTheAlignmentOfObjective3() {
        CorporateObjective o3 = input.plan().getObjectives().get(2);
        view.show(DiagramType.ALIGNMENT, o3);
        waitForLayout();
        DiagramLayout layout = view.getDiagramLayout();
        assertSame(o3, layout.diagram().subject());
        long alignments = layout.diagram().edges().stream().filter(e -> e.kind() == EdgeKind.ALIGNMENT).count();
        long expected = TraceIndex.of(input.plan()).linksOf(o3).stream()
                .filter(l -> view.getOptions().shows(l.scheme())).count();
        assertEquals(expected, alignments);
        control().actualSize();
        control().setOrigin(0, 0);
        ImageData shot = Ui.snapshot(control());
        Ui.save(shot, "objective-3-alignment-view");
        assertPaintsTheLayout(shot);
        assertPaintsTheLayout(Ui.printed(control()));
    }

    /**
     * The user sees something: many colours, and inside every node box that is fully in view, the node's fill
     * colour just inside its bottom left corner, where the layout put it.
     */
    private void assertPaintsTheLayout(ImageData shot) {
        assertTrue(Ui.colours(shot) > 30, "only " + Ui.colours(shot) + " colours painted");
        DiagramLayout layout = view.getDiagramLayout();
        Rectangle area = control().getClientArea();
        int checked = 0;
        for (NodeBox b : layout.boxes()) {
            Point p = control().toControl(b.x() + 5, b.bottom() - 3);
            Point corner = control().toControl(b.right(), b.bottom());
            Point origin = control().toControl(b.x(), b.y());
            if (origin.x < 0 || origin.y < 0 || corner.x >= area.width || corner.y >= area.height) {
                continue;
            }
            RGB rgb = Ui.pixel(shot, p.x, p.y);
            Rgb fill = Palette.fill(b.node());
            assertTrue(near(rgb, fill), () -> b.node() + " at " + p + " shows " + rgb + ", not its fill " + fill.hex());
            checked++;
        }
        assertTrue(checked >= 5, "only " + checked + " nodes fully in view");
    }

    private static boolean near(RGB a, Rgb b) {
        return Math.abs(a.red - b.red()) <= 3 && Math.abs(a.green - b.green()) <= 3 && Math.abs(a.blue - b.blue()) <= 3;
    }

    @Test
    void selectingANodePublishesItsElement() {
        List<ISelection> published = new ArrayList<>();
        view.getSite().getSelectionProvider().addSelectionChangedListener(e -> published.add(e.getSelection()));
        DiagramNode objective = node(NodeKind.OBJECTIVE);
        click(objective, 1);
        assertEquals(List.of(objective.element()), ((IStructuredSelection) view.getSelection()).toList());
        assertFalse(published.isEmpty(), "no selection event for the Properties view");
        assertSame(objective.element(), ((IStructuredSelection) published.get(published.size() - 1)).getFirstElement());
    }

    @Test
    void selectingInTheEditorHighlightsTheNode() {
        // not linked: the diagram stays and highlights (linked, it switches to the objective, see below)
        view.setLinked(false);
        CorporateObjective o5 = input.plan().getObjectives().get(4);
        Ui.page().activate(editor); // the selection service listens to the active part
        editor.userSelects(o5);
        Ui.waitUntil("the highlight", 5, () -> !control().getSelectedNodes().isEmpty());
        assertSame(o5, control().getSelectedNodes().get(0).element());
        // and it was scrolled into view
        NodeBox b = view.getDiagramLayout().box(control().getSelectedNodes().get(0));
        Point p = control().toControl(b.centerX(), b.centerY());
        assertTrue(control().getClientArea().contains(p), "selected node not in view: " + p);
        // a measure is not drawn in the alignment of the whole plan unless it carries an alignment: its key activity is
        view.show(DiagramType.ALIGNMENT, null);
        waitForLayout();
        editor.userSelects(o5.getKeyActivities().get(0));
        Ui.waitUntil("the highlight", 5, () -> !control().getSelectedNodes().isEmpty());
        assertSame(o5, control().getSelectedNodes().get(0).element(), "the objective of a key activity not drawn");
    }

    @Test
    void afterTheViewIsRestoredTheSelectedNodeIsStillInView() {
        // the whole plan's alignment, maximised, scrolled to the top; objective 7 selected far down is revealed at the
        // bottom of the view; then the view is restored to its place in the perspective, smaller
        view.show(DiagramType.ALIGNMENT, null);
        waitForLayout();
        CorporateObjective o7 = input.plan().getObjectives().get(6);
        control().setOrigin(0, 0);
        control().setSelectedElements(java.util.List.of(o7), true);
        Ui.settle();
        IWorkbenchPage page = Ui.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        Ui.settle();
        assertSame(o7, control().getSelectedNodes().get(0).element());
        NodeBox b = view.getDiagramLayout().box(control().getSelectedNodes().get(0));
        Point p = control().toControl(b.centerX(), b.centerY());
        assertTrue(control().getClientArea().contains(p), "objective 7 off screen after restoring the view: " + p
                + " in " + control().getClientArea());
    }

    @Test
    void linkedObjectiveAlignmentFollowsTheEditor() {
        view.setLinked(true);
        view.show(DiagramType.ALIGNMENT, input.plan().getObjectives().get(0));
        waitForLayout();
        CorporateObjective o3 = input.plan().getObjectives().get(2);
        Ui.page().activate(editor);
        editor.userSelects(o3.getMeasures().get(0));
        Ui.waitUntil("the objective 3 diagram", 60,
                () -> !view.isBusy() && view.getDiagramLayout() != null && view.getDiagramLayout().diagram().subject() == o3);
    }

    @Test
    void doubleClickAndEnterRevealTheElementInTheEditor() {
        DiagramNode ka = node(NodeKind.KEY_ACTIVITY);
        control().reveal(ka);
        Ui.settle();
        click(ka, 1);
        Event e = event(ka);
        e.button = 1;
        control().notifyListeners(SWT.MouseDoubleClick, e);
        Ui.settle();
        assertFalse(editor.revealed.isEmpty(), "double-click did not reach the editor");
        assertSame(ka.element(), ((IStructuredSelection) editor.revealed.get(editor.revealed.size() - 1)).getFirstElement());
        assertSame(editor, Ui.page().getActivePart());

        editor.revealed.clear();
        Ui.page().activate(view);
        key(SWT.CR, '\r');
        assertFalse(editor.revealed.isEmpty(), "Enter did not reach the editor");
    }

    @Test
    void modelChangesRelayOutKeepingTheViewport() {
        CorporateObjective o2 = input.plan().getObjectives().get(1);
        DiagramNode anchorNode = view.getDiagramLayout().diagram().nodesOf(o2.getKeyActivities().get(2)).get(0);
        control().actualSize();
        control().select(anchorNode);
        Ui.settle();
        double zoom = control().getZoom();
        NodeBox before = view.getDiagramLayout().box(anchorNode);
        Point screenBefore = control().toControl(before.x(), before.y());
        DiagramLayout old = view.getDiagramLayout();

        // objective 1 loses a headline measure: everything below it moves up
        CorporateObjective o1 = input.plan().getObjectives().get(0);
        Measure gone = o1.getMeasures().get(0);
        Command c = new RemoveCommand(input.domain(), o1, PlantracePackage.Literals.CORPORATE_OBJECTIVE__MEASURES, gone);
        input.domain().getCommandStack().execute(c);
        Ui.waitUntil("the new layout", 60, () -> !view.isBusy() && view.getDiagramLayout() != old);

        DiagramLayout now = view.getDiagramLayout();
        DiagramNode same = now.diagram().node(anchorNode.id());
        assertNotNull(same);
        NodeBox after = now.box(same);
        assertNotEquals(before.y(), after.y(), "the change did not move the node (test is void)");
        Point screenAfter = control().toControl(after.x(), after.y());
        assertEquals(zoom, control().getZoom());
        assertEquals(screenBefore.x, screenAfter.x, 1);
        assertEquals(screenBefore.y, screenAfter.y, 1);
        assertEquals(List.of(same), control().getSelectedNodes(), "selection lost on re-layout");
        assertTrue(now.diagram().nodesOf(gone).isEmpty(), "the removed measure is still drawn");

        // undo is a change too
        DiagramLayout changed = view.getDiagramLayout();
        input.domain().getCommandStack().undo();
        Ui.waitUntil("the layout after undo", 60, () -> !view.isBusy() && view.getDiagramLayout() != changed);
        assertEquals(1, view.getDiagramLayout().diagram().nodesOf(gone).size(), "undo did not bring the measure back");
    }

    @Test
    void arrowKeysMoveTheSelectionToTheNearestNode() {
        DiagramNode ka1 = view.getDiagramLayout().diagram().nodesOf(input.plan().getObjectives().get(0).getKeyActivities()
                .get(0)).get(0);
        control().select(ka1);
        key(SWT.ARROW_DOWN, (char) 0);
        DiagramNode below = control().getSelectedNodes().get(0);
        assertEquals(NodeKind.KEY_ACTIVITY, below.kind());
        assertTrue(view.getDiagramLayout().box(below).y() > view.getDiagramLayout().box(ka1).y());
        key(SWT.ARROW_RIGHT, (char) 0);
        assertEquals(NodeKind.MEASURE, control().getSelectedNodes().get(0).kind());
        key(SWT.ARROW_LEFT, (char) 0);
        key(SWT.ARROW_LEFT, (char) 0);
        assertEquals(NodeKind.OBJECTIVE, control().getSelectedNodes().get(0).kind());
        key(SWT.HOME, (char) 0);
        assertEquals(0, control().getSelectedNodes().get(0).column());
        // the selection follows the keyboard into the Properties view too
        assertSame(control().getSelectedNodes().get(0).element(),
                ((IStructuredSelection) view.getSelection()).getFirstElement());
    }

    @Test
    void zoomFitAndPan() {
        DiagramLayout layout = view.getDiagramLayout();
        control().zoomToFit();
        Rectangle area = control().getClientArea();
        assertTrue(layout.width() * control().getZoom() <= area.width + 1);
        assertTrue(layout.height() * control().getZoom() <= area.height + 1);
        double fit = control().getZoom();
        key(0, '+');
        assertTrue(control().getZoom() > fit);
        control().actualSize();
        assertEquals(1.0, control().getZoom());
        // drag the background to pan
        double[] before = control().getOrigin();
        Point empty = emptyPoint();
        Event down = new Event();
        down.button = 1;
        down.x = empty.x;
        down.y = empty.y;
        control().notifyListeners(SWT.MouseDown, down);
        Event move = new Event();
        move.x = empty.x - 50;
        move.y = empty.y - 120;
        move.stateMask = SWT.BUTTON1;
        control().notifyListeners(SWT.MouseMove, move);
        control().notifyListeners(SWT.MouseUp, move);
        double[] after = control().getOrigin();
        assertEquals(before[1] + 120, after[1], 0.01, "vertical pan");
    }

    @Test
    void frameworkFilterAndImpact() {
        view.setSchemes(Set.of(Scheme.PSA));
        view.show(DiagramType.ALIGNMENT, null);
        waitForLayout();
        for (DiagramNode n : view.getDiagramLayout().diagram().nodes()) {
            assertTrue(n.scheme() == null || n.scheme() == Scheme.PSA, n::toString);
        }
        Link toPsa = TraceIndex.of(input.plan()).links(Scheme.PSA).get(0);
        PriorityItem item = (PriorityItem) toPsa.target();
        view.show(DiagramType.IMPACT, item);
        waitForLayout();
        assertEquals(1, view.getDiagramLayout().diagram().edgesOf(toPsa.alignment()).size());
        ImageData shot = Ui.snapshot(control());
        assertTrue(Ui.colours(shot) > 20);
    }

    @Test
    void exportWritesTheLayoutOnScreen(@TempDir Path tmp) throws Exception {
        view.show(DiagramType.ALIGNMENT, input.plan().getObjectives().get(2));
        waitForLayout();
        Path svg = tmp.resolve("o3.svg");
        view.export(svg);
        assertEquals(SvgExporter.toSvg(view.getDiagramLayout()), Files.readString(svg));
        Path png = tmp.resolve("o3.png");
        view.export(png);
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void withoutAPlanItSaysSo() {
        Ui.page().closeAllEditors(false);
        Ui.waitUntil("the empty view", 10, () -> view.getPlan() == null);
        assertEquals(null, view.getDiagramLayout());
        ImageData shot = Ui.snapshot(control());
        assertTrue(Ui.colours(shot) > 1, "the hint is not painted");
    }

    private DiagramNode node(NodeKind kind) {
        DiagramLayout layout = view.getDiagramLayout();
        Rectangle area = control().getClientArea();
        for (NodeBox b : layout.readingOrder()) {
            Point p = control().toControl(b.centerX(), b.centerY());
            if (b.node().kind() == kind && area.contains(p)) {
                return b.node();
            }
        }
        DiagramNode any = layout.diagram().nodes().stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
        control().reveal(any);
        return any;
    }

    private Event event(DiagramNode n) {
        NodeBox b = view.getDiagramLayout().box(n);
        Point p = control().toControl(b.centerX(), b.centerY());
        Event e = new Event();
        e.x = p.x;
        e.y = p.y;
        return e;
    }

    private void click(DiagramNode n, int button) {
        Event e = event(n);
        e.button = button;
        control().notifyListeners(SWT.MouseDown, e);
        control().notifyListeners(SWT.MouseUp, e);
        Ui.settle();
    }

    private void key(int keyCode, char character) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.character = character;
        e.doit = true;
        control().notifyListeners(SWT.KeyDown, e);
        Ui.settle();
    }

    /** A point of the view where no node or edge is drawn. */
    private Point emptyPoint() {
        DiagramLayout layout = view.getDiagramLayout();
        Rectangle area = control().getClientArea();
        for (int y = area.height / 2; y < area.height; y += 7) {
            for (int x = 5; x < area.width; x += 7) {
                double[] d = control().toDiagram(x, y);
                if (layout.nodeAt(d[0], d[1]) == null && layout.edgeAt(d[0], d[1], 8) == null) {
                    return new Point(x, y);
                }
            }
        }
        throw new IllegalStateException("no empty point");
    }
}
