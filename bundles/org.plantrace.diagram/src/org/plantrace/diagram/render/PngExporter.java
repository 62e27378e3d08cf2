package org.plantrace.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.Font;
import org.plantrace.diagram.layout.TextLine;

/** PNG of a laid-out diagram, drawn with Java 2D (works headless, no display needed). */
public final class PngExporter {

    /** Largest image written, in pixels; bigger diagrams are drawn at a smaller scale. */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final String[] FAMILIES = { "Liberation Sans", "Arial", "Helvetica", "Nimbus Sans", "DejaVu Sans" };
    private static volatile String family;

    private PngExporter() {
    }

    /** The scale actually used for a requested one (reduced so that the image stays under {@link #MAX_PIXELS}). */
    public static double effectiveScale(DiagramLayout layout, double scale) {
        double pixels = layout.width() * layout.height() * scale * scale;
        return pixels <= MAX_PIXELS ? scale : Math.sqrt(MAX_PIXELS / (layout.width() * layout.height()));
    }

    public static BufferedImage image(DiagramLayout layout, double scale) {
        double s = effectiveScale(layout, scale);
        int w = Math.max(1, (int) Math.ceil(layout.width() * s));
        int h = Math.max(1, (int) Math.ceil(layout.height() * s));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(color(Palette.BACKGROUND));
            g.fillRect(0, 0, w, h);
            g.scale(s, s);
            DiagramPainter.paint(layout, new Java2dCanvas(g));
        } finally {
            g.dispose();
        }
        return img;
    }

    public static void write(DiagramLayout layout, double scale, OutputStream out) throws IOException {
        if (!ImageIO.write(image(layout, scale), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    public static void write(DiagramLayout layout, double scale, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(layout, scale, out);
        }
    }

    public static byte[] bytes(DiagramLayout layout, double scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(layout, scale, out);
        return out.toByteArray();
    }

    static Color color(Rgb c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    private static String family() {
        String f = family;
        if (f == null) {
            f = java.awt.Font.SANS_SERIF;
            try {
                Set<String> installed = Set.of(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
                for (String candidate : FAMILIES) {
                    if (installed.contains(candidate)) {
                        f = candidate;
                        break;
                    }
                }
            } catch (RuntimeException | Error e) {
                // no font configuration at all: the logical sans-serif font
            }
            family = f;
        }
        return f;
    }

    /** Java 2D implementation of the canvas. */
    static final class Java2dCanvas implements DiagramCanvas {

        private final Graphics2D g;
        private final Map<Font, java.awt.Font> fonts = new EnumMap<>(Font.class);

        Java2dCanvas(Graphics2D g) {
            this.g = g;
        }

        @Override
        public void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
                double strokeWidth, double[] dash) {
            RoundRectangle2D r = new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius);
            if (fill != null) {
                g.setColor(color(fill));
                g.fill(r);
            }
            if (stroke != null) {
                g.setColor(color(stroke));
                g.setStroke(stroke(strokeWidth, dash));
                g.draw(r);
            }
        }

        @Override
        public void path(double[] points, Rgb stroke, double width, double[] dash) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(points[0], points[1]);
            for (int i = 2; i + 1 < points.length; i += 2) {
                p.lineTo(points[i], points[i + 1]);
            }
            g.setColor(color(stroke));
            g.setStroke(stroke(width, dash));
            g.draw(p);
        }

        @Override
        public void polygon(double[] points, Rgb fill) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(points[0], points[1]);
            for (int i = 2; i + 1 < points.length; i += 2) {
                p.lineTo(points[i], points[i + 1]);
            }
            p.closePath();
            g.setColor(color(fill));
            g.fill(p);
        }

        @Override
        public void circle(double cx, double cy, double radius, Rgb fill) {
            g.setColor(color(fill));
            g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        }

        @Override
        public void text(TextLine line, Rgb colour) {
            g.setFont(fonts.computeIfAbsent(line.font(), f -> new java.awt.Font(family(),
                    f.bold() ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1).deriveFont((float) f.size())));
            g.setColor(color(colour));
            g.drawString(line.text(), (float) line.x(), (float) line.baseline());
        }

        private static BasicStroke stroke(double width, double[] dash) {
            if (dash == null) {
                return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
            }
            float[] d = new float[dash.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) dash[i];
            }
            return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, d, 0);
        }
    }
}
