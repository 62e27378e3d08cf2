package org.plantrace.diagram.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
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
        return image(layout, scale, null);
    }

    private static BufferedImage image(DiagramLayout layout, double scale, Pixels pixels) {
        double s = effectiveScale(layout, scale);
        return draw((int) Math.ceil(layout.width() * s), (int) Math.ceil(layout.height() * s), s, 0, 0,
                canvas -> DiagramPainter.paint(layout, canvas), pixels);
    }

    /**
     * A window onto the diagram: {@code width} x {@code height} pixels showing the diagram from ({@code x}, {@code y})
     * at {@code scale}; only what is visible is drawn (what the workbench canvas does on each paint).
     */
    public static BufferedImage viewport(DiagramLayout layout, double scale, double x, double y, int width, int height) {
        return draw(width, height, scale, x, y, canvas -> DiagramPainter.paint(layout, canvas, Set.of(),
                new double[] { x, y, width / scale, height / scale }), null);
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
        return bytes(width, height, scale, painter, null);
    }

    private static byte[] bytes(double width, double height, double scale, Consumer<DiagramCanvas> painter, Pixels pixels)
            throws IOException {
        BufferedImage img = draw((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), scale, 0, 0, painter,
                pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(img, out);
        return out.toByteArray();
    }

    /**
     * Makes PNGs one after another, in one thread, drawing each on the same pixel array (grown when a picture needs
     * more): the same files as {@link PngExporter#bytes}, without a new image for each. A figure of a document is
     * some 10 MB of pixels, and the 700 figures of a large plan's DOCX allocated 7 GB of them, a third of the whole
     * export's allocation and most of its garbage collection. Not for use by two threads at once; dropped with its
     * array when no longer referenced.
     */
    public static final class Pixels {

        private int[] array = new int[0];

        /** As {@link PngExporter#bytes(DiagramLayout, double)}. */
        public byte[] bytes(DiagramLayout layout, double scale) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngEncoder.write(PngExporter.image(layout, scale, this), out);
            return out.toByteArray();
        }

        /** As {@link PngExporter#bytes(double, double, double, Consumer)}. */
        public byte[] bytes(double width, double height, double scale, Consumer<DiagramCanvas> painter) throws IOException {
            return PngExporter.bytes(width, height, scale, painter, this);
        }

        /** An RGB image of {@code w} x {@code h} on this array (what it showed before is still there). */
        private BufferedImage image(int w, int h) {
            int n = Math.multiplyExact(w, h);
            if (array.length < n) {
                array = new int[n];
            }
            DirectColorModel rgb = new DirectColorModel(24, 0xff0000, 0x00ff00, 0x0000ff);
            WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(array, n), w, h, w,
                    rgb.getMasks(), null);
            return new BufferedImage(rgb, raster, false, null);
        }
    }

    /**
     * An image of {@code width} x {@code height} pixels (at least 1 x 1) on the background colour, with {@code painter}
     * drawing at {@code scale} from the drawing's point ({@code x}, {@code y}); on the array of {@code pixels} unless
     * null.
     */
    private static BufferedImage draw(int width, int height, double scale, double x, double y,
            Consumer<DiagramCanvas> painter, Pixels pixels) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        // every pixel is painted over with the background first, so a reused array shows nothing of its last picture
        BufferedImage img = pixels == null ? new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB) : pixels.image(w, h);
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
