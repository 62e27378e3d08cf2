package org.plantrace.diagram.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

import org.plantrace.diagram.layout.DiagramLayout;

/** PNG of a laid-out diagram, drawn with Java 2D (works headless, no display needed). */
public final class PngExporter {

    /** Largest image written, in pixels; bigger diagrams are drawn at a smaller scale. */
    public static final long MAX_PIXELS = 40_000_000L;

    private PngExporter() {
    }

    /** The scale actually used for a requested one (reduced so that the image stays under {@link #MAX_PIXELS}). */
    public static double effectiveScale(DiagramLayout layout, double scale) {
        double pixels = layout.width() * layout.height() * scale * scale;
        return pixels <= MAX_PIXELS ? scale : Math.sqrt(MAX_PIXELS / (layout.width() * layout.height()));
    }

    public static BufferedImage image(DiagramLayout layout, double scale) {
        double s = effectiveScale(layout, scale);
        return draw((int) Math.ceil(layout.width() * s), (int) Math.ceil(layout.height() * s), s, 0, 0,
                canvas -> DiagramPainter.paint(layout, canvas));
    }

    /**
     * A window onto the diagram: {@code width} x {@code height} pixels showing the diagram from ({@code x}, {@code y})
     * at {@code scale}; only what is visible is drawn (what the workbench canvas does on each paint).
     */
    public static BufferedImage viewport(DiagramLayout layout, double scale, double x, double y, int width, int height) {
        return draw(width, height, scale, x, y, canvas -> DiagramPainter.paint(layout, canvas, Set.of(),
                new double[] { x, y, width / scale, height / scale }));
    }

    /**
     * Writes the PNG with {@link PngEncoder} (fast deflate, one pass over the pixels): diagrams are mostly flat colour,
     * so files stay small, and encoding no longer dominates the documents' figures as ImageIO's writer did.
     */
    public static void write(DiagramLayout layout, double scale, OutputStream out) throws IOException {
        PngEncoder.write(image(layout, scale), out);
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

    /** PNG of any drawing painted on a {@link DiagramCanvas} (a chart) of {@code width} x {@code height} units. */
    public static byte[] bytes(double width, double height, double scale, Consumer<DiagramCanvas> painter)
            throws IOException {
        BufferedImage img = draw((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), scale, 0, 0, painter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(img, out);
        return out.toByteArray();
    }

    /**
     * An image of {@code width} x {@code height} pixels (at least 1 x 1) on the background colour, with {@code painter}
     * drawing at {@code scale} from the drawing's point ({@code x}, {@code y}).
     */
    private static BufferedImage draw(int width, int height, double scale, double x, double y,
            Consumer<DiagramCanvas> painter) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            Java2dCanvas.configure(g);
            g.setColor(Java2dCanvas.color(Palette.BACKGROUND));
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            g.translate(-x, -y);
            painter.accept(new Java2dCanvas(g));
        } finally {
            g.dispose();
        }
        return img;
    }
}
