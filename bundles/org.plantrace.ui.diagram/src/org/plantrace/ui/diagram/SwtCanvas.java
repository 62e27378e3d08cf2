package org.plantrace.ui.diagram;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;
import org.plantrace.diagram.layout.Font;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.Rgb;

/**
 * SWT implementation of the diagram canvas: draws on a {@link GC} whose transform maps diagram units to pixels.
 * Text is drawn with a font four times the diagram size, scaled down, so that sizes like 8.25 pt (11 px) come out
 * exact and the lines measured by the layout fit their boxes at every zoom. Owns fonts and colours: dispose it.
 */
public final class SwtCanvas implements DiagramCanvas {

    private static final String[] FAMILIES = { "Liberation Sans", "Arial", "Helvetica", "Nimbus Sans", "DejaVu Sans",
        "Sans" };
    private static final float TEXT_SCALE = 4;

    private final Device device;
    private final String family;
    private final Map<Font, org.eclipse.swt.graphics.Font> fonts = new EnumMap<>(Font.class);
    private final Map<Font, Integer> ascents = new EnumMap<>(Font.class);
    private final Map<Rgb, Color> colours = new HashMap<>();
    private GC gc;
    private Transform base;

    public SwtCanvas(Device device) {
        this.device = device;
        this.family = family(device);
    }

    /** Starts drawing on {@code gc}, whose transform is {@code base} (diagram units to pixels). */
    public void begin(GC g, Transform transform) {
        this.gc = g;
        this.base = transform;
        g.setAdvanced(true);
        g.setAntialias(SWT.ON);
        g.setTextAntialias(SWT.ON);
        g.setTransform(transform);
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
            double strokeWidth, double[] dash) {
        Path p = new Path(device);
        try {
            roundRect(p, (float) x, (float) y, (float) width, (float) height, (float) radius);
            if (fill != null) {
                gc.setBackground(colour(fill));
                gc.fillPath(p);
            }
            if (stroke != null) {
                gc.setForeground(colour(stroke));
                line(strokeWidth, dash);
                gc.drawPath(p);
            }
        } finally {
            p.dispose();
        }
    }

    @Override
    public void path(double[] points, Rgb stroke, double width, double[] dash) {
        Path p = new Path(device);
        try {
            p.moveTo((float) points[0], (float) points[1]);
            for (int i = 2; i + 1 < points.length; i += 2) {
                p.lineTo((float) points[i], (float) points[i + 1]);
            }
            gc.setForeground(colour(stroke));
            line(width, dash);
            gc.drawPath(p);
        } finally {
            p.dispose();
        }
    }

    @Override
    public void polygon(double[] points, Rgb fill) {
        Path p = new Path(device);
        try {
            p.moveTo((float) points[0], (float) points[1]);
            for (int i = 2; i + 1 < points.length; i += 2) {
                p.lineTo((float) points[i], (float) points[i + 1]);
            }
            p.close();
            gc.setBackground(colour(fill));
            gc.fillPath(p);
        } finally {
            p.dispose();
        }
    }

    @Override
    public void circle(double cx, double cy, double radius, Rgb fill) {
        Path p = new Path(device);
        try {
            p.addArc((float) (cx - radius), (float) (cy - radius), (float) (2 * radius), (float) (2 * radius), 0, 360);
            gc.setBackground(colour(fill));
            gc.fillPath(p);
        } finally {
            p.dispose();
        }
    }

    @Override
    public void text(TextLine line, Rgb colour) {
        org.eclipse.swt.graphics.Font f = font(line.font());
        gc.setFont(f);
        gc.setForeground(colour(colour));
        Transform t = new Transform(device);
        try {
            float[] m = new float[6];
            base.getElements(m);
            t.setElements(m[0], m[1], m[2], m[3], m[4], m[5]);
            t.translate((float) line.x(), (float) line.baseline());
            t.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE);
            gc.setTransform(t);
            gc.drawString(line.text(), 0, -ascent(line.font()), true);
        } finally {
            gc.setTransform(base);
            t.dispose();
        }
    }

    private int ascent(Font font) {
        return ascents.computeIfAbsent(font, k -> {
            gc.setFont(font(k));
            return gc.getFontMetrics().getAscent();
        });
    }

    private org.eclipse.swt.graphics.Font font(Font font) {
        return fonts.computeIfAbsent(font, k -> {
            // size in px -> points at the device's resolution, times the text scale
            int dpi = device.getDPI().y <= 0 ? 96 : device.getDPI().y;
            int points = Math.max(1, Math.round((float) (k.size() * TEXT_SCALE * 72 / dpi)));
            FontData data = new FontData(family, points, k.bold() ? SWT.BOLD : SWT.NORMAL);
            return new org.eclipse.swt.graphics.Font(device, data);
        });
    }

    private void line(double width, double[] dash) {
        float[] d = null;
        if (dash != null) {
            d = new float[dash.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) dash[i];
            }
        }
        gc.setLineAttributes(new LineAttributes((float) width, SWT.CAP_FLAT, SWT.JOIN_MITER,
                d == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, d, 0, 10));
    }

    private Color colour(Rgb rgb) {
        return colours.computeIfAbsent(rgb, k -> new Color(device, k.red(), k.green(), k.blue()));
    }

    private static void roundRect(Path p, float x, float y, float w, float h, float r) {
        if (r <= 0) {
            p.addRectangle(x, y, w, h);
            return;
        }
        float d = 2 * r;
        p.moveTo(x + r, y);
        p.lineTo(x + w - r, y);
        p.addArc(x + w - d, y, d, d, 90, -90);
        p.lineTo(x + w, y + h - r);
        p.addArc(x + w - d, y + h - d, d, d, 0, -90);
        p.lineTo(x + r, y + h);
        p.addArc(x, y + h - d, d, d, 270, -90);
        p.lineTo(x, y + r);
        p.addArc(x, y, d, d, 180, -90);
        p.close();
    }

    private static String family(Device device) {
        for (String f : FAMILIES) {
            FontData[] found = device.getFontList(f, true);
            if (found != null && found.length > 0) {
                return f;
            }
        }
        return device.getSystemFont().getFontData()[0].getName();
    }

    public void dispose() {
        fonts.values().forEach(org.eclipse.swt.graphics.Font::dispose);
        fonts.clear();
        ascents.clear();
        colours.clear(); // Colors without OS resources since SWT 3.x; nothing to dispose
    }
}
