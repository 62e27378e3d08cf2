package org.plantrace.ui.diagram;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.NodeBox;
import org.plantrace.ui.diagram.internal.Navigation;

/**
 * The mouse and keyboard of a {@link DiagramControl}: selection by click, Ctrl+click and arrow keys, panning by
 * dragging, zoom by Ctrl+wheel and keys, opening by double-click or Enter; tool tips and the accessible name.
 */
final class DiagramInteraction {

    private final DiagramControl control;
    private Point dragStart;
    private double[] dragOrigin;
    private DiagramNode hovered;

    DiagramInteraction(DiagramControl control) {
        this.control = control;
        control.addListener(SWT.MouseDown, this::mouseDown);
        control.addListener(SWT.MouseMove, this::mouseMove);
        control.addListener(SWT.MouseUp, e -> dragStart = null);
        control.addListener(SWT.MouseDoubleClick, this::doubleClick);
        control.addListener(SWT.MouseVerticalWheel, this::wheel);
        control.addListener(SWT.KeyDown, this::key);
        control.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN || e.detail >= SWT.TRAVERSE_ARROW_PREVIOUS
                    && e.detail <= SWT.TRAVERSE_ARROW_NEXT) {
                e.doit = false; // arrows and Enter navigate inside the diagram; Tab leaves it
            }
        });
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = describeSelection();
            }
        });
    }

    private void mouseDown(Event e) {
        control.forceFocus();
        if (control.layout == null) {
            return;
        }
        double[] p = control.toDiagram(e.x, e.y);
        if (e.button == 2) {
            startDrag(e);
            return;
        }
        if (e.button != 1 && e.button != 3) {
            return;
        }
        DiagramNode n = control.layout.nodeAt(p[0], p[1]);
        if (n != null) {
            if ((e.stateMask & SWT.MOD1) != 0 && e.button == 1) {
                if (!control.selected.remove(n)) {
                    control.selected.add(n);
                }
            } else if (!(e.button == 3 && control.selected.contains(n))) {
                control.selected.clear();
                control.selected.add(n);
            }
            control.selectedEdge = null;
            control.redraw();
            control.selectionChanged();
            return;
        }
        DiagramEdge edge = control.layout.edgeAt(p[0], p[1], 4 / control.zoom);
        if (edge != null) {
            control.selected.clear();
            control.selectedEdge = edge;
            control.redraw();
            control.selectionChanged();
            return;
        }
        if (e.button == 1) {
            boolean had = !control.selected.isEmpty() || control.selectedEdge != null;
            control.selected.clear();
            control.selectedEdge = null;
            control.redraw();
            if (had) {
                control.selectionChanged();
            }
            startDrag(e);
        }
    }

    private void startDrag(Event e) {
        dragStart = new Point(e.x, e.y);
        dragOrigin = new double[] { control.originX, control.originY };
    }

    private void mouseMove(Event e) {
        if (dragStart != null && (e.stateMask & (SWT.BUTTON1 | SWT.BUTTON2)) != 0) {
            control.originX = dragOrigin[0] - (e.x - dragStart.x) / control.zoom;
            control.originY = dragOrigin[1] - (e.y - dragStart.y) / control.zoom;
            control.clampOrigin();
            control.updateScrollBars();
            control.redraw();
            return;
        }
        if (control.layout == null) {
            return;
        }
        double[] p = control.toDiagram(e.x, e.y);
        DiagramNode n = control.layout.nodeAt(p[0], p[1]);
        if (n != hovered) {
            hovered = n;
            control.setToolTipText(n == null ? null : tooltip(n));
        }
    }

    private static String tooltip(DiagramNode n) {
        StringBuilder b = new StringBuilder();
        if (n.heading() != null) {
            b.append(n.heading());
        }
        if (n.title() != null) {
            b.append(b.isEmpty() ? "" : "\n").append(n.title());
        }
        n.states().forEach(s -> b.append("\n").append(s.text()));
        return b.toString();
    }

    private void doubleClick(Event e) {
        if (control.layout == null || e.button != 1) {
            return;
        }
        double[] p = control.toDiagram(e.x, e.y);
        DiagramNode n = control.layout.nodeAt(p[0], p[1]);
        EObject element = n != null ? n.element() : null;
        if (n == null) {
            DiagramEdge edge = control.layout.edgeAt(p[0], p[1], 4 / control.zoom);
            element = edge == null ? null : edge.element();
        }
        if (element != null) {
            open(element);
        }
    }

    private void open(EObject element) {
        Event ev = new Event();
        ev.data = element;
        control.notifyListeners(SWT.DefaultSelection, ev);
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            double zoom = control.zoom;
            control.zoomAround(e.count > 0 ? zoom * DiagramControl.ZOOM_STEP : zoom / DiagramControl.ZOOM_STEP,
                    new Point(e.x, e.y));
            e.doit = false;
        }
    }

    private void key(Event e) {
        DiagramLayout layout = control.layout;
        if (layout == null) {
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_UP, SWT.ARROW_DOWN, SWT.ARROW_LEFT, SWT.ARROW_RIGHT -> {
                NodeBox from = control.selected.isEmpty() ? null : layout.box(control.selected.iterator().next());
                NodeBox to = from == null ? Navigation.end(layout, true) : Navigation.next(layout, from, e.keyCode);
                if (to != null) {
                    control.select(to.node());
                }
            }
            case SWT.HOME, SWT.END -> {
                NodeBox to = Navigation.end(layout, e.keyCode == SWT.HOME);
                if (to != null) {
                    control.select(to.node());
                }
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                List<EObject> elements = control.getSelectedElements();
                if (!elements.isEmpty()) {
                    open(elements.get(0));
                }
            }
            case SWT.ESC -> {
                if (!control.selected.isEmpty() || control.selectedEdge != null) {
                    control.select(null);
                }
            }
            default -> {
                switch (e.character) {
                    case '+', '=' -> control.zoomIn();
                    case '-' -> control.zoomOut();
                    case '0' -> control.zoomToFit();
                    case '1' -> control.actualSize();
                    default -> {
                        return;
                    }
                }
            }
        }
        e.doit = false;
    }

    private String describeSelection() {
        if (control.layout == null) {
            return control.message.isEmpty() ? "Diagram" : control.message;
        }
        if (control.selected.isEmpty()) {
            return control.layout.diagram().title();
        }
        DiagramNode n = control.selected.iterator().next();
        String states = n.states().isEmpty() ? ""
                : " (" + String.join(", ", n.states().stream().map(s -> s.text()).toList()) + ")";
        return (n.heading() == null ? "" : n.heading() + ": ") + (n.title() == null ? "" : n.title()) + states;
    }
}
