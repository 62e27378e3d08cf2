package org.plantrace.ui.diagram;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Event;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.render.DiagramPainter;
import org.plantrace.diagram.render.Palette;

/**
 * Paints a {@link DiagramControl}: its message, or its layout at the control's zoom and origin with the selection
 * emphasised (by the same painter as the SVG and PNG exports), and a focus frame when nothing is selected.
 */
final class DiagramPaint {

    private final DiagramControl control;
    private final SwtCanvas canvas;

    DiagramPaint(DiagramControl control) {
        this.control = control;
        canvas = new SwtCanvas(control.getDisplay());
        control.addListener(SWT.Paint, this::paint);
        control.addListener(SWT.Dispose, e -> canvas.dispose());
    }

    private void paint(Event e) {
        DiagramLayout layout = control.layout;
        String message = control.message;
        double zoom = control.zoom;
        double originX = control.originX;
        double originY = control.originY;
        Set<DiagramNode> selected = control.selected;
        DiagramEdge selectedEdge = control.selectedEdge;
        Rectangle area = control.getClientArea();
        e.gc.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        e.gc.fillRectangle(e.x, e.y, e.width, e.height);
        if (layout == null) {
            if (!message.isEmpty()) {
                e.gc.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                Point size = e.gc.textExtent(message);
                e.gc.drawText(message, Math.max(4, (area.width - size.x) / 2), Math.max(4, (area.height - size.y) / 2),
                        true);
            }
            return;
        }
        Transform t = new Transform(control.getDisplay());
        try {
            t.scale((float) zoom, (float) zoom);
            t.translate((float) -originX, (float) -originY);
            canvas.begin(e.gc, t);
            double[] clip = { originX + e.x / zoom, originY + e.y / zoom, e.width / zoom, e.height / zoom };
            Set<DiagramNode> emphasised = new LinkedHashSet<>(selected);
            if (selectedEdge != null) {
                emphasised.add(selectedEdge.source());
                emphasised.add(selectedEdge.target());
            }
            DiagramPainter.paint(layout, canvas, emphasised, clip);
        } finally {
            e.gc.setTransform(null);
            t.dispose();
        }
        if (control.isFocusControl() && selected.isEmpty() && selectedEdge == null) {
            e.gc.setForeground(new org.eclipse.swt.graphics.Color(Palette.SELECTION.red(), Palette.SELECTION.green(),
                    Palette.SELECTION.blue()));
            e.gc.setLineStyle(SWT.LINE_DOT);
            e.gc.drawRectangle(1, 1, area.width - 3, area.height - 3);
        }
    }
}
