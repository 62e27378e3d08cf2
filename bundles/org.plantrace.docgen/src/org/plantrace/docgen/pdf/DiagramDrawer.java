package org.plantrace.docgen.pdf;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.EnumMap;
import java.util.Map;

import org.plantrace.diagram.layout.Font;
import org.plantrace.diagram.layout.TextLine;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.Palette;
import org.plantrace.docgen.Figure;
import org.w3c.dom.Element;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws a {@link Figure} into the PDF as vector graphics (lines, boxes and live, selectable text in the document's
 * embedded fonts) where the XHTML has its {@code <object>}: the same {@link org.plantrace.diagram.render.DiagramPainter} as the workbench, SVG and
 * PNG, scaled to the object's box. A text line never runs past the width the layout measured for it: where the
 * embedded face is wider than the layout's metrics, the line is set in a smaller size.
 */
final class DiagramDrawer implements FSObjectDrawer {

    private static final String[] FAMILIES = {"Liberation Sans", "DejaVu Sans"};

    private final Map<String, Figure> figures;

    DiagramDrawer(Map<String, Figure> figures) {
        this.figures = figures;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
            OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
        Figure f = figures.get(e.getAttribute("data-figure"));
        if (f == null || f.width() <= 0) {
            return null;
        }
        double k = Math.min(width / f.width(), height / f.height());
        Stroke old = device.getStroke();
        Canvas canvas = new Canvas(device, ctx, x, y, k);
        canvas.rect(0, 0, f.width(), f.height(), 0, Palette.BACKGROUND, null, 0, null);
        f.paint(canvas);
        device.setStroke(old);
        return null;
    }

    /** The painter's drawing calls in diagram units, turned into the output device's dots. */
    private static final class Canvas implements DiagramCanvas {

        private final OutputDevice d;
        private final RenderingContext ctx;
        private final double x0;
        private final double y0;
        private final double k;
        private final Map<Font, FSFont> fonts = new EnumMap<>(Font.class);

        Canvas(OutputDevice d, RenderingContext ctx, double x0, double y0, double k) {
            this.d = d;
            this.ctx = ctx;
            this.x0 = x0;
            this.y0 = y0;
            this.k = k;
        }

        private double x(double u) {
            return x0 + u * k;
        }

        private double y(double u) {
            return y0 + u * k;
        }

        private static FSRGBColor colour(org.plantrace.diagram.render.Rgb c) {
            return new FSRGBColor(c.red(), c.green(), c.blue());
        }

        private Stroke stroke(double w, double[] dash) {
            float width = (float) Math.max(0.1, w * k);
            if (dash == null || dash.length == 0) {
                return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
            }
            float[] ds = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                ds[i] = (float) (dash[i] * k);
            }
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, ds, 0f);
        }

        @Override
        public void rect(double x, double y, double width, double height, double radius,
                org.plantrace.diagram.render.Rgb fill, org.plantrace.diagram.render.Rgb stroke, double strokeWidth,
                double[] dash) {
            Shape r = new RoundRectangle2D.Double(x(x), y(y), width * k, height * k, 2 * radius * k, 2 * radius * k);
            if (fill != null) {
                d.setColor(colour(fill));
                d.fill(r);
            }
            if (stroke != null) {
                d.setColor(colour(stroke));
                d.setStroke(stroke(strokeWidth, dash));
                d.draw(r);
            }
        }

        private Path2D.Double path(double[] points) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(x(points[0]), y(points[1]));
            for (int i = 2; i + 1 < points.length; i += 2) {
                p.lineTo(x(points[i]), y(points[i + 1]));
            }
            return p;
        }

        @Override
        public void path(double[] points, org.plantrace.diagram.render.Rgb stroke, double width, double[] dash) {
            if (points.length < 4) {
                return;
            }
            d.setColor(colour(stroke));
            d.setStroke(stroke(width, dash));
            d.draw(path(points));
        }

        @Override
        public void polygon(double[] points, org.plantrace.diagram.render.Rgb fill) {
            if (points.length < 6) {
                return;
            }
            Path2D.Double p = path(points);
            p.closePath();
            d.setColor(colour(fill));
            d.fill(p);
        }

        @Override
        public void circle(double cx, double cy, double radius, org.plantrace.diagram.render.Rgb fill) {
            d.setColor(colour(fill));
            d.fill(new Ellipse2D.Double(x(cx - radius), y(cy - radius), 2 * radius * k, 2 * radius * k));
        }

        @Override
        public void text(TextLine line, org.plantrace.diagram.render.Rgb colour) {
            if (line.text().isBlank()) {
                return;
            }
            FSFont font = fonts.computeIfAbsent(line.font(), f -> font(f, f.size() * k));
            double measured = line.width() * k;
            double actual = ctx.getTextRenderer().getWidth(ctx.getFontContext(), font, line.text());
            if (actual > measured && actual > 0) {
                font = font(line.font(), line.font().size() * k * measured / actual * 0.99);
            }
            d.setFont(font);
            d.setColor(colour(colour));
            ctx.getTextRenderer().drawString(d, line.text(), (float) x(line.x()), (float) y(line.baseline()));
        }

        private FSFont font(Font f, double size) {
            FontSpecification spec = new FontSpecification();
            spec.families = FAMILIES;
            spec.size = (float) size;
            spec.fontWeight = f.bold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400;
            spec.fontStyle = IdentValue.NORMAL;
            return ctx.getFont(spec);
        }
    }
}
