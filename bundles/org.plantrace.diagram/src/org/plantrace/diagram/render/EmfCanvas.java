package org.plantrace.diagram.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.Font;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.diagram.layout.TextMetrics;

/**
 * A drawing as an Enhanced Metafile ([MS-EMF]): vector records that Word and LibreOffice draw natively, so that a
 * DOCX figure prints sharply at any size without a raster fallback. The same {@link DiagramPainter} draws it as the
 * SVG, PNG and PDF.
 *
 * <p>The records are the plain GDI ones every reader has: a reference device of 100 pixels per millimetre in MM_TEXT
 * mapping, so one logical unit is 0.01 mm (a diagram unit, 1/96 in, is {@link #PER_UNIT} of them) and 32-bit
 * coordinates ({@code EMR_POLYGON}, {@code EMR_POLYLINE}, {@code EMR_POLYPOLYLINE}) hold a tall diagram of a large plan.
 * Boxes are polygons with their rounded corners flattened (LibreOffice reads {@code EMR_ROUNDRECT}'s corner diameters
 * as radii), pens are geometric with flat ends and mitred joins as the PNG's strokes, and a dashed line is written as
 * its dashes, solid pieces of one {@code EMR_POLYPOLYLINE} (LibreOffice ignores a pen's own dash lengths). Text is live
 * text in {@link #FACE} (Liberation Sans where Arial is not installed, metric-compatible), left end of the baseline at
 * the layout's point, each character advanced by the layout's own {@link TextMetrics}, so it fits the box measured for
 * it whatever face the reader substitutes.
 */
public final class EmfCanvas implements DiagramCanvas {

    /** Logical units (0.01 mm) per diagram unit (a CSS pixel, 1/96 in). */
    public static final double PER_UNIT = 2540.0 / 96;
    /** The text's face: Arial in Word, its metric-compatible substitute (Liberation Sans) elsewhere. */
    public static final String FACE = "Arial";

    private static final int EMR_HEADER = 1;
    private static final int EMR_POLYGON = 3;
    private static final int EMR_POLYLINE = 4;
    private static final int EMR_POLYPOLYLINE = 7;
    private static final int EMR_EOF = 14;
    private static final int EMR_SETMAPMODE = 17;
    private static final int EMR_SETBKMODE = 18;
    private static final int EMR_SETTEXTALIGN = 22;
    private static final int EMR_SETTEXTCOLOR = 24;
    private static final int EMR_SELECTOBJECT = 37;
    private static final int EMR_CREATEBRUSHINDIRECT = 39;
    private static final int EMR_DELETEOBJECT = 40;
    private static final int EMR_ELLIPSE = 42;
    private static final int EMR_EXTCREATEFONTINDIRECTW = 82;
    private static final int EMR_EXTTEXTOUTW = 84;
    private static final int EMR_EXTCREATEPEN = 95;

    private static final int HEADER_SIZE = 108;
    private static final int MM_TEXT = 1;
    private static final int TRANSPARENT = 1;
    private static final int TA_BASELINE = 24;
    private static final int GM_COMPATIBLE = 1;
    private static final int NULL_BRUSH = 0x80000005;
    private static final int NULL_PEN = 0x80000008;
    private static final int PS_GEOMETRIC = 0x00010000;
    private static final int PS_ENDCAP_FLAT = 0x00000200;
    private static final int PS_JOIN_MITER = 0x00002000;
    /** Segments of a quarter circle of a rounded corner (its chords stray by under 1 % of the radius). */
    private static final int ARC_STEPS = 6;

    private final Buffer out = new Buffer();
    private int records;
    /** Pens (by colour and width), brushes (by colour) and fonts, each created once: key to object index. */
    private final Map<Object, Integer> objects = new HashMap<>();
    private int pen;
    private int brush;
    private int font;
    private Rgb textColour;

    private EmfCanvas() {
    }

    /** The metafile of a laid-out diagram, on the diagrams' background. */
    public static byte[] emf(DiagramLayout layout) {
        return emf(layout.width(), layout.height(), c -> DiagramPainter.paint(layout, c));
    }

    /**
     * The metafile of a drawing {@code width} x {@code height} diagram units painted by {@code painter}, on the
     * diagrams' background; its frame is the drawing's size at 96 units per inch.
     */
    public static byte[] emf(double width, double height, Consumer<DiagramCanvas> painter) {
        EmfCanvas c = new EmfCanvas();
        c.out.skip(HEADER_SIZE);
        c.records = 1;
        c.record(EMR_SETMAPMODE, 12).i32(MM_TEXT);
        c.record(EMR_SETBKMODE, 12).i32(TRANSPARENT);
        c.record(EMR_SETTEXTALIGN, 12).i32(TA_BASELINE);
        c.rect(0, 0, width, height, 0, Palette.BACKGROUND, null, 0, null);
        painter.accept(c);
        return c.finish(units(width), units(height));
    }

    private byte[] finish(int width, int height) {
        int handles = objects.size() + 1; // index 0 is the metafile itself
        for (int index = 1; index < handles; index++) {
            record(EMR_DELETEOBJECT, 12).i32(index);
        }
        record(EMR_EOF, 20).i32(0).i32(16).i32(20);
        int bytes = out.size();
        // the reference device: whole millimetres around the picture, 100 pixels each
        int mmX = Math.max(1, (width + 99) / 100);
        int mmY = Math.max(1, (height + 99) / 100);
        out.at(0).i32(EMR_HEADER).i32(HEADER_SIZE);
        out.i32(0).i32(0).i32(width).i32(height); // bounds, device units
        out.i32(0).i32(0).i32(width).i32(height); // frame, 0.01 mm
        out.i32(0x464D4520).i32(0x00010000).i32(bytes).i32(records).i16(handles).i16(0);
        out.i32(0).i32(0).i32(0); // no description, no palette
        out.i32(mmX * 100).i32(mmY * 100).i32(mmX).i32(mmY); // device in pixels, in millimetres
        out.i32(0).i32(0).i32(0); // no pixel format, not OpenGL
        out.i32(mmX * 1000).i32(mmY * 1000); // device in micrometres
        return out.bytes();
    }

    private static int units(double v) {
        return (int) Math.round(v * PER_UNIT);
    }

    // ---- DiagramCanvas -------------------------------------------------------------------------------------------

    @Override
    public void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
            double strokeWidth, double[] dash) {
        if (width <= 0 || height <= 0) {
            return;
        }
        double[] outline = roundRect(x, y, width, height, radius);
        boolean solid = stroke != null && dash == null;
        if (fill != null || solid) {
            selectPen(solid ? pen(stroke, strokeWidth) : NULL_PEN);
            selectBrush(fill != null ? brush(fill) : NULL_BRUSH);
            points(EMR_POLYGON, outline);
        }
        if (stroke != null && dash != null) {
            double[] closed = Arrays.copyOf(outline, outline.length + 2);
            closed[outline.length] = outline[0];
            closed[outline.length + 1] = outline[1];
            dashed(closed, stroke, strokeWidth, dash);
        }
    }

    @Override
    public void path(double[] points, Rgb stroke, double width, double[] dash) {
        if (points.length < 4) {
            return;
        }
        if (dash != null) {
            dashed(points, stroke, width, dash);
        } else {
            selectPen(pen(stroke, width));
            points(EMR_POLYLINE, points);
        }
    }

    @Override
    public void polygon(double[] points, Rgb fill) {
        if (points.length < 6) {
            return;
        }
        selectPen(NULL_PEN);
        selectBrush(brush(fill));
        points(EMR_POLYGON, points);
    }

    @Override
    public void circle(double cx, double cy, double radius, Rgb fill) {
        selectPen(NULL_PEN);
        selectBrush(brush(fill));
        record(EMR_ELLIPSE, 24).i32(units(cx - radius)).i32(units(cy - radius)).i32(units(cx + radius))
                .i32(units(cy + radius));
    }

    @Override
    public void text(TextLine line, Rgb colour) {
        String s = printable(line.text());
        if (s.isBlank()) {
            return;
        }
        selectFont(font(line.font()));
        if (!colour.equals(textColour)) {
            record(EMR_SETTEXTCOLOR, 12).i32(colorRef(colour));
            textColour = colour;
        }
        int n = s.length();
        int stringBytes = (n * 2 + 3) & ~3;
        int size = 76 + stringBytes + 4 * n;
        // each character's advance, from the layout's metrics: positions rounded, so the errors do not add up
        double scale = line.font().size() / 1000.0;
        int[] dx = new int[n];
        double advanced = 0;
        int previous = units(line.x());
        for (int i = 0; i < n; i++) {
            advanced += TextMetrics.advance(line.text().charAt(i), line.font()) * scale; // as the layout measured it
            int next = units(line.x() + advanced);
            dx[i] = next - previous;
            previous = next;
        }
        int x = units(line.x());
        int y = units(line.baseline());
        int top = units(line.baseline() - line.font().size());
        int bottom = units(line.baseline() + line.font().size() * 0.25);
        record(EMR_EXTTEXTOUTW, size).i32(x).i32(top).i32(previous).i32(bottom) // bounds
                .i32(GM_COMPATIBLE).f32(1).f32(1) // page units are 0.01 mm
                .i32(x).i32(y).i32(n).i32(76).i32(0) // reference point, characters, their offset, no options
                .i32(x).i32(top).i32(previous).i32(bottom) // the (unused) clipping rectangle
                .i32(76 + stringBytes); // offset of the advances
        out.utf16(s);
        out.pad(stringBytes - 2 * n);
        for (int d : dx) {
            out.i32(d);
        }
    }

    /** The text as one line: control characters (a tab, a stray line break) as spaces, as the SVG shows them. */
    private static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? text : b.toString();
    }

    // ---- shapes --------------------------------------------------------------------------------------------------

    /** The outline of a rectangle with rounded corners, clockwise from the top edge's left end, open. */
    private static double[] roundRect(double x, double y, double w, double h, double radius) {
        double r = Math.min(radius, Math.min(w, h) / 2);
        if (r * PER_UNIT < 1) {
            return new double[] { x, y, x + w, y, x + w, y + h, x, y + h };
        }
        double[] p = new double[4 * (ARC_STEPS + 1) * 2];
        int k = 0;
        // corner centres in drawing order (top right, bottom right, bottom left, top left), each arc from its start angle
        double[][] corners = { { x + w - r, y + r, -90 }, { x + w - r, y + h - r, 0 }, { x + r, y + h - r, 90 },
                { x + r, y + r, 180 } };
        for (double[] c : corners) {
            for (int i = 0; i <= ARC_STEPS; i++) {
                double a = Math.toRadians(c[2] + 90.0 * i / ARC_STEPS);
                p[k++] = c[0] + r * Math.cos(a);
                p[k++] = c[1] + r * Math.sin(a);
            }
        }
        return p;
    }

    /** Strokes {@code points} with {@code dash} (on, off, ... in diagram units) as the dashes' solid pieces. */
    private void dashed(double[] points, Rgb stroke, double width, double[] dash) {
        List<double[]> pieces = dashes(points, dash);
        if (pieces.isEmpty()) {
            return;
        }
        selectPen(pen(stroke, width));
        int total = 0;
        for (double[] piece : pieces) {
            total += piece.length / 2;
        }
        record(EMR_POLYPOLYLINE, 32 + 4 * pieces.size() + 8 * total);
        bounds(points);
        out.i32(pieces.size()).i32(total);
        for (double[] piece : pieces) {
            out.i32(piece.length / 2);
        }
        for (double[] piece : pieces) {
            for (int i = 0; i + 1 < piece.length; i += 2) {
                out.i32(units(piece[i])).i32(units(piece[i + 1]));
            }
        }
    }

    /**
     * The "on" pieces of a polyline dashed with {@code dash} from its start (as Java 2D and SVG dash it, phase 0), each
     * a polyline through the corners it turns.
     */
    private static List<double[]> dashes(double[] points, double[] dash) {
        List<double[]> pieces = new ArrayList<>();
        double total = 0;
        for (double d : dash) {
            total += d;
        }
        if (total <= 0) {
            pieces.add(points.clone());
            return pieces;
        }
        int entry = 0;
        double left = dash[0];
        boolean on = true;
        List<Double> piece = new ArrayList<>();
        piece.add(points[0]);
        piece.add(points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            double x0 = points[i - 2];
            double y0 = points[i - 1];
            double dx = points[i] - x0;
            double dy = points[i + 1] - y0;
            double length = Math.sqrt(dx * dx + dy * dy);
            double at = 0;
            while (length - at > left) {
                at += left;
                double px = x0 + dx * at / length;
                double py = y0 + dy * at / length;
                if (on) {
                    piece.add(px);
                    piece.add(py);
                    pieces.add(toArray(piece));
                    piece.clear();
                } else {
                    piece.add(px);
                    piece.add(py);
                }
                on = !on;
                entry = (entry + 1) % dash.length;
                left = dash[entry];
            }
            left -= length - at;
            if (on) {
                piece.add(points[i]);
                piece.add(points[i + 1]);
            }
        }
        if (on && piece.size() >= 4) {
            pieces.add(toArray(piece));
        }
        return pieces;
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }

    /** A record with a bounds rectangle, a count and its points ({@code EMR_POLYGON}, {@code EMR_POLYLINE}). */
    private void points(int type, double[] points) {
        int n = points.length / 2;
        record(type, 28 + 8 * n);
        bounds(points);
        out.i32(n);
        for (int i = 0; i + 1 < points.length; i += 2) {
            out.i32(units(points[i])).i32(units(points[i + 1]));
        }
    }

    /** The inclusive bounds of {@code points}, in logical units. */
    private void bounds(double[] points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        out.i32(units(minX)).i32(units(minY)).i32(units(maxX)).i32(units(maxY));
    }

    // ---- objects -------------------------------------------------------------------------------------------------

    private record PenKey(Rgb colour, int width) {
    }

    private record BrushKey(Rgb colour) {
    }

    private int pen(Rgb colour, double width) {
        PenKey key = new PenKey(colour, Math.max(1, units(width)));
        Integer index = objects.get(key);
        if (index == null) {
            index = objects.size() + 1;
            objects.put(key, index);
            // a geometric pen of the width, flat ends and mitred joins, solid: no bitmap, no style entries
            record(EMR_EXTCREATEPEN, 52).i32(index).i32(0).i32(0).i32(0).i32(0)
                    .i32(PS_GEOMETRIC | PS_ENDCAP_FLAT | PS_JOIN_MITER).i32(key.width()).i32(0) // BS_SOLID
                    .i32(colorRef(colour)).i32(0).i32(0);
        }
        return index;
    }

    private int brush(Rgb colour) {
        BrushKey key = new BrushKey(colour);
        Integer index = objects.get(key);
        if (index == null) {
            index = objects.size() + 1;
            objects.put(key, index);
            record(EMR_CREATEBRUSHINDIRECT, 24).i32(index).i32(0).i32(colorRef(colour)).i32(0); // BS_SOLID
        }
        return index;
    }

    private int font(Font f) {
        Integer index = objects.get(f);
        if (index == null) {
            index = objects.size() + 1;
            objects.put(f, index);
            // a LogFontPanose (the LogFont, then its full name, style, version... left empty), as GDI records it
            record(EMR_EXTCREATEFONTINDIRECTW, 332).i32(index);
            out.i32(-units(f.size())) // negative: the em height, not the cell's
                    .i32(0).i32(0).i32(0).i32(f.bold() ? 700 : 400);
            out.i8(0).i8(0).i8(0).i8(1); // not italic, underlined or struck out; DEFAULT_CHARSET
            out.i8(0).i8(0).i8(0).i8(0x22); // default precisions and quality; VARIABLE_PITCH | FF_SWISS
            byte[] face = FACE.getBytes(StandardCharsets.UTF_16LE);
            out.raw(face);
            out.pad(64 - face.length);
            out.pad(320 - 92);
        }
        return index;
    }

    private void selectPen(int index) {
        if (pen != index) {
            pen = index;
            record(EMR_SELECTOBJECT, 12).i32(index);
        }
    }

    private void selectBrush(int index) {
        if (brush != index) {
            brush = index;
            record(EMR_SELECTOBJECT, 12).i32(index);
        }
    }

    private void selectFont(int index) {
        if (font != index) {
            font = index;
            record(EMR_SELECTOBJECT, 12).i32(index);
        }
    }

    /** A COLORREF: red, green, blue, 0. */
    private static int colorRef(Rgb c) {
        return c.red() | c.green() << 8 | c.blue() << 16;
    }

    private Buffer record(int type, int size) {
        records++;
        return out.i32(type).i32(size);
    }

    /** A growing little-endian byte array. */
    private static final class Buffer {

        private byte[] data = new byte[16 * 1024];
        private int size;
        private int at = -1;

        int size() {
            return size;
        }

        Buffer at(int position) {
            at = position;
            return this;
        }

        private int place(int n) {
            if (at >= 0) {
                int p = at;
                at += n;
                return p;
            }
            if (size + n > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + n));
            }
            int p = size;
            size += n;
            return p;
        }

        void skip(int n) {
            place(n);
        }

        Buffer i8(int v) {
            data[place(1)] = (byte) v;
            return this;
        }

        Buffer i16(int v) {
            int p = place(2);
            data[p] = (byte) v;
            data[p + 1] = (byte) (v >> 8);
            return this;
        }

        Buffer i32(int v) {
            int p = place(4);
            data[p] = (byte) v;
            data[p + 1] = (byte) (v >> 8);
            data[p + 2] = (byte) (v >> 16);
            data[p + 3] = (byte) (v >> 24);
            return this;
        }

        Buffer f32(float v) {
            return i32(Float.floatToIntBits(v));
        }

        void utf16(String s) {
            int p = place(2 * s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                data[p + 2 * i] = (byte) c;
                data[p + 2 * i + 1] = (byte) (c >> 8);
            }
        }

        void raw(byte[] b) {
            System.arraycopy(b, 0, data, place(b.length), b.length);
        }

        void pad(int n) {
            place(n); // the array is zeroed
        }

        byte[] bytes() {
            return Arrays.copyOf(data, size);
        }
    }
}
