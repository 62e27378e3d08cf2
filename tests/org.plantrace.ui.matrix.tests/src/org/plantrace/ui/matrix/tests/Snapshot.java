package org.plantrace.ui.matrix.tests;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/**
 * What the user sees, as pixels: the NatTable painted through its own layer painter into an image of
 * its client area (the same code path as a paint event), or a {@code GC.copyArea} of a control on screen.
 */
public final class Snapshot {

    private final ImageData data;

    private Snapshot(ImageData data) {
        this.data = data;
    }

    /** Paints the table's client area off screen, as a paint event would. */
    public static Snapshot paint(NatTable natTable) {
        Rectangle area = natTable.getClientArea();
        Image image = new Image(natTable.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        try {
            natTable.getLayerPainter().paintLayer(natTable, gc, 0, 0, new Rectangle(0, 0, area.width, area.height),
                    natTable.getConfigRegistry());
        } finally {
            gc.dispose();
        }
        ImageData d = image.getImageData();
        image.dispose();
        return new Snapshot(d);
    }

    /** Copies what is on screen inside {@code control} (needs the control visible, e.g. under Xvfb). */
    public static Snapshot screen(Control control) {
        Rectangle b = control.getBounds();
        Image image = new Image(control.getDisplay(), Math.max(1, b.width), Math.max(1, b.height));
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData d = image.getImageData();
        image.dispose();
        return new Snapshot(d);
    }

    public int width() {
        return data.width;
    }

    public int height() {
        return data.height;
    }

    public RGB rgb(int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /** The number of distinct colours inside the rectangle. */
    public int distinctColours(Rectangle r) {
        Set<Integer> seen = new HashSet<>();
        for (int y = Math.max(0, r.y); y < Math.min(data.height, r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(data.width, r.x + r.width); x++) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }

    public int distinctColours() {
        return distinctColours(new Rectangle(0, 0, data.width, data.height));
    }

    /** How many pixels inside the rectangle are within {@code tolerance} of {@code colour} per channel. */
    public int count(Rectangle r, RGB colour, int tolerance) {
        int n = 0;
        for (int y = Math.max(0, r.y); y < Math.min(data.height, r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(data.width, r.x + r.width); x++) {
                RGB p = rgb(x, y);
                if (Math.abs(p.red - colour.red) <= tolerance && Math.abs(p.green - colour.green) <= tolerance
                        && Math.abs(p.blue - colour.blue) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether any pixel in {@code r} differs from the same pixel of {@code other}. */
    public boolean differs(Snapshot other, Rectangle r) {
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (!rgb(x, y).equals(other.rgb(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    public ImageData data() {
        return data;
    }
}
