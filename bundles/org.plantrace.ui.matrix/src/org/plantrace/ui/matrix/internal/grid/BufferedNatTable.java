package org.plantrace.ui.matrix.internal.grid;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.event.ILayerEvent;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A NatTable with a retained back buffer: an image of the whole client area, kept between paints. Every
 * {@code redraw} (NatTable's own, or the matrix's for the cells a change touched) marks its rectangle
 * stale; a paint event first repaints only the stale rectangles into the image, then copies the event's
 * area to the screen in one operation.
 *
 * <p>Why: the window system merges invalidated rectangles into their bounding box, and NatTable paints
 * every cell inside it. After a toggle the touched cells (the cell, its row's count, the column's count
 * in the header, the objective's and outcome's rows) lie far apart, so their bounding box is a large
 * part of the grid; here only the touched strips are painted. Drawing into an image also stays in the
 * process (a cairo image surface), whereas drawing on a window under X11 is a request to the server per
 * call. Uncovered areas (exposes) are copied from the image, which is always current.
 */
public final class BufferedNatTable extends NatTable {

    private Image buffer;
    private final List<Rectangle> stale = new ArrayList<>();
    private boolean allStale = true;
    private int paints;
    private boolean selectionRepaint;
    private Runnable selectionDamage;

    public BufferedNatTable(Composite parent, int style, ILayer layer) {
        super(parent, style, layer, false);
        addDisposeListener(e -> {
            if (buffer != null) {
                buffer.dispose();
                buffer = null;
            }
        });
    }

    /**
     * Replaces NatTable's full repaint on selection changes (it redraws everything on every selection
     * event) by {@code damage}, which redraws only what the change touched; {@code damage} may call
     * {@link #redraw()} itself when it cannot tell.
     */
    public void setSelectionDamage(Runnable damage) {
        this.selectionDamage = damage;
    }

    @Override
    public void handleLayerEvent(ILayerEvent event) {
        if (event instanceof ISelectionEvent && selectionDamage != null) {
            selectionRepaint = true;
            try {
                super.handleLayerEvent(event);
            } finally {
                selectionRepaint = false;
            }
            selectionDamage.run();
            return;
        }
        super.handleLayerEvent(event);
    }

    @Override
    public void redraw() {
        if (selectionRepaint) {
            return;
        }
        allStale = true;
        stale.clear();
        super.redraw();
    }

    @Override
    public void redraw(int x, int y, int width, int height, boolean all) {
        if (!allStale) {
            stale.add(new Rectangle(x, y, width, height));
            if (stale.size() > 64) {
                allStale = true;
                stale.clear();
            }
        }
        super.redraw(x, y, width, height, all);
    }

    /** The number of paint events handled (for tests and benchmarks waiting for the screen). */
    public int paintCount() {
        return paints;
    }

    /** Whether some area is marked stale and waits for the next paint event. */
    public boolean isPaintPending() {
        return allStale || !stale.isEmpty();
    }

    @Override
    public void paintControl(PaintEvent event) {
        Rectangle area = getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        if (buffer == null || buffer.getBounds().width != area.width || buffer.getBounds().height != area.height) {
            if (buffer != null) {
                buffer.dispose();
            }
            buffer = new Image(getDisplay(), area.width, area.height);
            allStale = true;
        }
        List<Rectangle> todo = allStale ? List.of(new Rectangle(0, 0, area.width, area.height)) : List.copyOf(stale);
        allStale = false;
        stale.clear();
        if (!todo.isEmpty()) {
            GC gc = new GC(buffer);
            try {
                gc.setFont(event.gc.getFont());
                for (Rectangle r : todo) {
                    Rectangle clip = r.intersection(area);
                    if (clip.isEmpty()) {
                        continue;
                    }
                    gc.setClipping(clip);
                    Event e = new Event();
                    e.widget = this;
                    e.display = getDisplay();
                    e.gc = gc;
                    e.x = clip.x;
                    e.y = clip.y;
                    e.width = clip.width;
                    e.height = clip.height;
                    super.paintControl(new PaintEvent(e));
                }
            } finally {
                gc.dispose();
            }
        }
        Rectangle shown = new Rectangle(event.x, event.y, event.width, event.height).intersection(area);
        if (!shown.isEmpty()) {
            event.gc.drawImage(buffer, shown.x, shown.y, shown.width, shown.height, shown.x, shown.y, shown.width,
                    shown.height);
        }
        paints++;
    }
}
