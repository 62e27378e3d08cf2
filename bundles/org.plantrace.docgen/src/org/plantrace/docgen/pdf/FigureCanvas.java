package org.plantrace.docgen.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.Palette;
import org.plantrace.diagram.render.Rgb;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.pdf.Fonts.Face;

/**
 * Draws a {@link Figure} into the PDF as vector graphics (lines, boxes and live, selectable text in the document's
 * embedded fonts): the same {@link org.plantrace.diagram.render.DiagramPainter} as the workbench, SVG and PNG, its
 * diagram units scaled onto the page. A text line never runs past the width the layout measured for it: where the
 * embedded face is wider than the layout's metrics (Arial's), the line is set in a smaller size.
 */
final class FigureCanvas implements DiagramCanvas {

    /** Bezier control distance for a quarter circle. */
    private static final double KAPPA = 0.5522847498;

    private final PageContent cs;
    private final Pages pages;
    private final Fonts fonts;

    private FigureCanvas(PageContent cs, Pages pages, Fonts fonts) {
        this.cs = cs;
        this.pages = pages;
        this.fonts = fonts;
    }

    /** Draws {@code f} with its top left at ({@code left}, {@code top}) of the page, {@code k} points per unit. */
    static void draw(Pages p, Fonts fonts, Figure f, float left, float top, float k) throws IOException {
        PageContent cs = p.stream();
        cs.write(PageContent.SAVE);
        // diagram units, y down, from the figure's top left
        cs.transform(k, 0, 0, -k, left, Pages.HEIGHT - top);
        FigureCanvas c = new FigureCanvas(cs, p, fonts);
        try {
            c.rect(0, 0, f.width(), f.height(), 0, Palette.BACKGROUND, null, 0, null);
            f.paint(c);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        cs.write(PageContent.RESTORE);
    }

    private static int rgb(Rgb c) {
        return c.red() << 16 | c.green() << 8 | c.blue();
    }

    private void fillColour(Rgb c) {
        cs.fillColour(rgb(c));
    }

    private void stroke(Rgb c, double width, double[] dash) {
        cs.strokeColour(rgb(c));
        cs.lineWidth((float) Math.max(0.1, width));
        float[] d = new float[dash == null ? 0 : dash.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) dash[i];
        }
        cs.dash(d, 0);
    }

    private void roundRect(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        if (r <= 0) {
            cs.rect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double c = r * KAPPA;
        cs.moveTo((float) (x + r), (float) y);
        cs.lineTo((float) (x + w - r), (float) y);
        cs.curveTo((float) (x + w - r + c), (float) y, (float) (x + w), (float) (y + r - c), (float) (x + w), (float) (y + r));
        cs.lineTo((float) (x + w), (float) (y + h - r));
        cs.curveTo((float) (x + w), (float) (y + h - r + c), (float) (x + w - r + c), (float) (y + h), (float) (x + w - r),
                (float) (y + h));
        cs.lineTo((float) (x + r), (float) (y + h));
        cs.curveTo((float) (x + r - c), (float) (y + h), (float) x, (float) (y + h - r + c), (float) x, (float) (y + h - r));
        cs.lineTo((float) x, (float) (y + r));
        cs.curveTo((float) x, (float) (y + r - c), (float) (x + r - c), (float) y, (float) (x + r), (float) y);
        cs.write(PageContent.CLOSE);
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Rgb fill, Rgb stroke,
            double strokeWidth, double[] dash) {
        if (fill != null) {
            fillColour(fill);
            roundRect(x, y, width, height, radius);
            cs.write(PageContent.FILL);
        }
        if (stroke != null) {
            stroke(stroke, strokeWidth, dash);
            roundRect(x, y, width, height, radius);
            cs.write(PageContent.STROKE);
        }
    }

    private void polyline(double[] points) {
        cs.moveTo((float) points[0], (float) points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            cs.lineTo((float) points[i], (float) points[i + 1]);
        }
    }

    @Override
    public void path(double[] points, Rgb stroke, double width, double[] dash) {
        if (points.length < 4) {
            return;
        }
        stroke(stroke, width, dash);
        polyline(points);
        cs.write(PageContent.STROKE);
    }

    @Override
    public void polygon(double[] points, Rgb fill) {
        if (points.length < 6) {
            return;
        }
        fillColour(fill);
        polyline(points);
        cs.write(PageContent.CLOSE);
        cs.write(PageContent.FILL);
    }

    @Override
    public void circle(double cx, double cy, double radius, Rgb fill) {
        fillColour(fill);
        roundRect(cx - radius, cy - radius, 2 * radius, 2 * radius, radius);
        cs.write(PageContent.FILL);
    }

    @Override
    public void text(TextLine line, Rgb colour) {
        if (line.text().isBlank()) {
            return;
        }
        try {
            Face face = line.font().bold() ? Face.BOLD : Face.REGULAR;
            String s = Fonts.printable(face, TextFlow.collapse(org.plantrace.docgen.XmlText.clean(line.text())));
            float size = (float) line.font().size();
            float actual = Fonts.width(face, s, size);
            double measured = line.width();
            if (actual > measured && actual > 0) {
                size = (float) (size * measured / actual * 0.99);
            }
            cs.write(PageContent.BT);
            PDFont font = fonts.font(face);
            cs.font(pages.name(face), size);
            fillColour(colour);
            // the page's y axis is flipped here: flip the text back
            cs.textMatrix(1, 0, 0, -1, (float) line.x(), (float) line.baseline());
            fonts.show(cs, font, s);
            cs.write(PageContent.ET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
