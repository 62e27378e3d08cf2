package org.plantrace.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.NodeBox;

/**
 * An SWT control showing a laid-out diagram, drawn by the same painter as the SVG and PNG exports. Zoom (to fit,
 * to the width, in, out, Ctrl+wheel), pan (scroll bars, wheel, dragging the background or with the middle button),
 * selection of nodes (click, Ctrl+click) and edges, keyboard navigation (arrow keys to the nearest node in that
 * direction, Home/End, Enter opens, + - 0 1 zoom). Usable outside the workbench.
 *
 * <p>Events: {@link SWT#Selection} when the selection changes, {@link SWT#DefaultSelection} to open an element
 * (double-click or Enter; {@code event.data} is the model element).
 */
public final class DiagramControl extends Canvas {

    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.25;

    DiagramLayout layout;
    double zoom = 1;
    /** How the zoom follows the view's size: not at all once the user zoomed, else to its width or to the whole. */
    private Fit fit = Fit.WIDTH;

    private enum Fit {
        NONE, WIDTH, WHOLE
    }
    double originX;
    double originY;
    final Set<DiagramNode> selected = new LinkedHashSet<>();
    DiagramEdge selectedEdge;
    String message = "";

    public DiagramControl(Composite parent, int style) {
        super(parent, style | SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Resize, e -> {
            refit();
            updateScrollBars();
        });
        new DiagramPaint(this);
        new DiagramInteraction(this);
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        updateScrollBars();
    }

    // ---- content ----

    public DiagramLayout getDiagramLayout() {
        return layout;
    }

    /** Shows a text instead of a diagram (e.g. "Open a plan"), or nothing when empty. */
    public void setMessage(String text) {
        checkWidget();
        message = text == null ? "" : text;
        layout = null;
        selected.clear();
        selectedEdge = null;
        updateScrollBars();
        redraw();
    }

    /**
     * Shows a new layout. With {@code keepViewport}, the zoom stays and the view is scrolled so that the node that
     * was selected (or nearest the middle of the view) stays where it was on screen; the selection is kept for nodes
     * that still exist. Otherwise the diagram is shown from its top left, at 100 % or narrower to fit its width.
     */
    public void setDiagramLayout(DiagramLayout newLayout, boolean keepViewport) {
        checkWidget();
        DiagramLayout old = layout;
        List<String> selectedIds = selected.stream().map(DiagramNode::id).toList();
        NodeBox anchor = keepViewport && old != null ? anchor() : null;
        double anchorScreenX = 0;
        double anchorScreenY = 0;
        if (anchor != null) {
            anchorScreenX = (anchor.x() - originX) * zoom;
            anchorScreenY = (anchor.y() - originY) * zoom;
        }
        layout = newLayout;
        message = "";
        selected.clear();
        selectedEdge = null;
        if (newLayout != null) {
            for (String id : selectedIds) {
                DiagramNode n = newLayout.diagram().node(id);
                if (n != null) {
                    selected.add(n);
                }
            }
        }
        if (!keepViewport || old == null) {
            Rectangle area = getClientArea();
            fit = Fit.WIDTH;
            zoom = newLayout == null || area.width <= 0 ? 1 : clampZoom(Math.min(1, area.width / newLayout.width()));
            originX = 0;
            originY = 0;
        } else if (anchor != null && newLayout != null) {
            DiagramNode same = newLayout.diagram().node(anchor.node().id());
            if (same != null) {
                NodeBox b = newLayout.box(same);
                originX = b.x() - anchorScreenX / zoom;
                originY = b.y() - anchorScreenY / zoom;
            }
        }
        clampOrigin();
        updateScrollBars();
        redraw();
    }

    /** The selected node if visible, else the node nearest the middle of the view. */
    private NodeBox anchor() {
        Rectangle area = getClientArea();
        double vx = originX;
        double vy = originY;
        double vw = area.width / zoom;
        double vh = area.height / zoom;
        for (DiagramNode n : selected) {
            NodeBox b = layout.box(n);
            if (b != null && b.intersects(vx, vy, vw, vh)) {
                return b;
            }
        }
        double cx = vx + vw / 2;
        double cy = vy + vh / 2;
        NodeBox best = null;
        double bestDistance = Double.MAX_VALUE;
        for (NodeBox b : layout.boxes()) {
            double d = Math.hypot(b.centerX() - cx, b.centerY() - cy);
            if (d < bestDistance) {
                bestDistance = d;
                best = b;
            }
        }
        return best;
    }

    // ---- zoom and scrolling ----

    public double getZoom() {
        return zoom;
    }

    /** The diagram point at the top left of the view. */
    public double[] getOrigin() {
        return new double[] { originX, originY };
    }

    public void setOrigin(double x, double y) {
        originX = x;
        originY = y;
        clampOrigin();
        updateScrollBars();
        redraw();
    }

    public void zoomIn() {
        zoomAround(zoom * ZOOM_STEP, null);
    }

    public void zoomOut() {
        zoomAround(zoom / ZOOM_STEP, null);
    }

    /** 100 %. */
    public void actualSize() {
        zoomAround(1, null);
    }

    /** The whole diagram in the view. */
    public void zoomToFit() {
        if (layout == null) {
            return;
        }
        Rectangle area = getClientArea();
        fit = Fit.WHOLE;
        zoom = clampZoom(Math.min(area.width / layout.width(), area.height / layout.height()));
        originX = 0;
        originY = 0;
        clampOrigin();
        updateScrollBars();
        redraw();
    }

    /** Sets the zoom keeping the diagram point under {@code pixel} (or the middle of the view) in place. */
    public void zoomAround(double newZoom, Point pixel) {
        fit = Fit.NONE;
        Rectangle area = getClientArea();
        Point p = pixel != null ? pixel : new Point(area.width / 2, area.height / 2);
        double dx = originX + p.x / zoom;
        double dy = originY + p.y / zoom;
        zoom = clampZoom(newZoom);
        originX = dx - p.x / zoom;
        originY = dy - p.y / zoom;
        clampOrigin();
        updateScrollBars();
        redraw();
    }

    /** After a resize (the view restored from maximised, a sash moved): fit again unless the user chose a zoom. */
    private void refit() {
        Rectangle area = getClientArea();
        if (layout == null || fit == Fit.NONE || area.width <= 0 || area.height <= 0) {
            return;
        }
        zoom = fit == Fit.WHOLE ? clampZoom(Math.min(area.width / layout.width(), area.height / layout.height()))
                : clampZoom(Math.min(1, area.width / layout.width()));
        clampOrigin();
        if (!selected.isEmpty()) {
            reveal(selected.iterator().next()); // the objective or priority shown stays in view at the new size
        }
        redraw();
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    void clampOrigin() {
        if (layout == null) {
            originX = 0;
            originY = 0;
            return;
        }
        Rectangle area = getClientArea();
        double maxX = Math.max(0, layout.width() - area.width / zoom);
        double maxY = Math.max(0, layout.height() - area.height / zoom);
        originX = Math.max(0, Math.min(maxX, originX));
        originY = Math.max(0, Math.min(maxY, originY));
    }

    void updateScrollBars() {
        Rectangle area = getClientArea();
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        int contentW = layout == null ? 0 : (int) Math.ceil(layout.width() * zoom);
        int contentH = layout == null ? 0 : (int) Math.ceil(layout.height() * zoom);
        h.setValues((int) Math.round(originX * zoom), 0, Math.max(contentW, 1), Math.max(1, Math.min(area.width,
                Math.max(contentW, 1))), 20, Math.max(1, area.width - 20));
        v.setValues((int) Math.round(originY * zoom), 0, Math.max(contentH, 1), Math.max(1, Math.min(area.height,
                Math.max(contentH, 1))), 20, Math.max(1, area.height - 20));
        h.setEnabled(contentW > area.width);
        v.setEnabled(contentH > area.height);
    }

    private void scrolled() {
        originX = getHorizontalBar().getSelection() / zoom;
        originY = getVerticalBar().getSelection() / zoom;
        clampOrigin();
        redraw();
    }

    /** Scrolls so that the node is in view (with a margin), without changing the zoom. */
    public void reveal(DiagramNode node) {
        if (layout == null || node == null) {
            return;
        }
        NodeBox b = layout.box(node);
        Rectangle area = getClientArea();
        double vw = area.width / zoom;
        double vh = area.height / zoom;
        double margin = 20 / zoom;
        if (b.x() - margin < originX || b.width() + 2 * margin > vw) {
            originX = b.x() - margin;
        } else if (b.right() + margin > originX + vw) {
            originX = b.right() + margin - vw;
        }
        if (b.y() - margin < originY || b.height() + 2 * margin > vh) {
            originY = b.y() - margin;
        } else if (b.bottom() + margin > originY + vh) {
            originY = b.bottom() + margin - vh;
        }
        clampOrigin();
        updateScrollBars();
        redraw();
    }

    /** The diagram point under a pixel of the control. */
    public double[] toDiagram(int x, int y) {
        return new double[] { originX + x / zoom, originY + y / zoom };
    }

    /** The pixel of the control showing a diagram point. */
    public Point toControl(double x, double y) {
        return new Point((int) Math.round((x - originX) * zoom), (int) Math.round((y - originY) * zoom));
    }

    // ---- selection ----

    public List<DiagramNode> getSelectedNodes() {
        return List.copyOf(selected);
    }

    public DiagramEdge getSelectedEdge() {
        return selectedEdge;
    }

    /** The model elements selected: the nodes' elements, or the selected edge's (an alignment). */
    public List<EObject> getSelectedElements() {
        List<EObject> out = new ArrayList<>();
        if (selectedEdge != null && selectedEdge.element() != null) {
            out.add(selectedEdge.element());
        }
        for (DiagramNode n : selected) {
            if (n.element() != null) {
                out.add(n.element());
            }
        }
        return out;
    }

    /** Selects the nodes of these elements (edges for alignments), without notifying; returns what was selected. */
    public List<DiagramNode> setSelectedElements(Collection<?> elements, boolean reveal) {
        selected.clear();
        selectedEdge = null;
        if (layout != null) {
            for (Object o : elements) {
                if (o instanceof EObject e) {
                    selected.addAll(layout.diagram().nodesOf(e));
                    if (selected.isEmpty() && selectedEdge == null && !layout.diagram().edgesOf(e).isEmpty()) {
                        selectedEdge = layout.diagram().edgesOf(e).get(0);
                    }
                }
            }
        }
        if (reveal) {
            if (!selected.isEmpty()) {
                reveal(selected.iterator().next());
            } else if (selectedEdge != null) {
                reveal(selectedEdge.target());
            }
        }
        redraw();
        return List.copyOf(selected);
    }

    /** Selects one node (null: nothing), scrolls it into view and notifies. */
    public void select(DiagramNode node) {
        selected.clear();
        selectedEdge = null;
        if (node != null) {
            selected.add(node);
            reveal(node);
        }
        redraw();
        selectionChanged();
    }

    void selectionChanged() {
        notifyListeners(SWT.Selection, new Event());
        getAccessible().selectionChanged();
    }
}
