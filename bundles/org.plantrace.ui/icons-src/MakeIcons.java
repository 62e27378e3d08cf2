import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the Plantrace icons (PNG) with Java2D, so they can be regenerated and restyled in one place:
 *
 * <pre>
 *   java bundles/org.plantrace.ui/icons-src/MakeIcons.java bundles/org.plantrace.ui/icons
 * </pre>
 *
 * Each icon is drawn on a 16x16 design grid and scaled, so the 16 px and 32 px versions match.
 */
public class MakeIcons {

    static final Color NAVY = new Color(0x1F3A5F);
    static final Color TEAL = new Color(0x1A7F8E);
    static final Color AMBER = new Color(0xE0A526);
    static final Color GREEN = new Color(0x3C8D3F);
    static final Color RED = new Color(0xC0392B);
    static final Color PURPLE = new Color(0x6C4FA3);
    static final Color GREY = new Color(0x6B7280);
    static final Color PAPER = new Color(0xFAFAF7);

    static File out;

    public static void main(String[] args) throws IOException {
        out = new File(args.length > 0 ? args[0] : "icons");
        // application
        for (int s : new int[] { 16, 32, 48, 64, 128 }) {
            write("app/plantrace" + s + ".png", s, MakeIcons::app);
        }
        write("app/about.png", 128, MakeIcons::app);
        // model elements
        icon("obj16/plan.png", MakeIcons::plan);
        icon("obj16/file.png", MakeIcons::file);
        icon("obj16/strategicoutcome.png", MakeIcons::outcome);
        icon("obj16/corporateobjective.png", MakeIcons::objective);
        icon("obj16/keyactivity.png", MakeIcons::activity);
        icon("obj16/measure.png", MakeIcons::measure);
        icon("obj16/target.png", MakeIcons::target);
        icon("obj16/alignment.png", MakeIcons::alignment);
        icon("obj16/businessgroup.png", MakeIcons::group);
        icon("obj16/framework.png", MakeIcons::framework);
        icon("obj16/priorityitem.png", g -> diamond(g, AMBER, true));
        icon("obj16/prioritygroup.png", g -> diamond(g, GREY, false));
        icon("obj16/wording.png", MakeIcons::wording);
        icon("obj16/property.png", MakeIcons::property);
        // views and tools
        icon("eview16/plans.png", MakeIcons::plans);
        icon("eview16/coverage.png", MakeIcons::coverage);
        icon("etool16/validate.png", MakeIcons::validate);
        icon("etool16/export.png", MakeIcons::export);
        icon("etool16/uncovered.png", MakeIcons::uncovered);
        icon("etool16/expandall.png", g -> box(g, true));
        icon("etool16/collapseall.png", g -> box(g, false));
        // wizard banners (75x66)
        banner("wizban/newplan.png", MakeIcons::plan);
        banner("wizban/newframework.png", MakeIcons::framework);
        banner("wizban/export.png", MakeIcons::export);
    }

    static void icon(String name, Consumer<Graphics2D> draw) throws IOException {
        write(name, 16, draw);
        write(name.replace(".png", "@2x.png"), 32, draw);
    }

    static void write(String name, int size, Consumer<Graphics2D> draw) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        hints(g);
        g.scale(size / 16.0, size / 16.0);
        draw.accept(g);
        g.dispose();
        save(img, name);
    }

    static void banner(String name, Consumer<Graphics2D> draw) throws IOException {
        BufferedImage img = new BufferedImage(75, 66, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        hints(g);
        g.translate(14, 8);
        g.scale(3.0, 3.0);
        draw.accept(g);
        g.dispose();
        save(img, name);
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    static void save(BufferedImage img, String name) throws IOException {
        File f = new File(out, name);
        f.getParentFile().mkdirs();
        ImageIO.write(img, "png", f);
    }

    static BasicStroke stroke(double w) {
        return new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    // --- application: a plan node traced through an objective to a national priority
    static void app(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x28507F), 16, 16, NAVY));
        g.fill(new RoundRectangle2D.Double(0.5, 0.5, 15, 15, 4, 4));
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(stroke(1.1));
        g.draw(new Line2D.Double(4.2, 4.6, 8, 8.2));
        g.draw(new Line2D.Double(8, 8.2, 11.8, 11.6));
        g.draw(new Line2D.Double(8, 8.2, 11.8, 4.4));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(2.3, 2.7, 3.8, 3.8));
        g.setColor(new Color(0x5FC2CF));
        g.fill(new Ellipse2D.Double(6.3, 6.5, 3.4, 3.4));
        g.setColor(AMBER);
        g.fill(new Ellipse2D.Double(10.1, 9.9, 3.4, 3.4));
        g.fill(new Ellipse2D.Double(10.1, 2.7, 3.4, 3.4));
    }

    static void page(Graphics2D g, Color border) {
        GeneralPath p = new GeneralPath();
        p.moveTo(3, 1.5);
        p.lineTo(10, 1.5);
        p.lineTo(13, 4.5);
        p.lineTo(13, 14.5);
        p.lineTo(3, 14.5);
        p.closePath();
        g.setColor(PAPER);
        g.fill(p);
        g.setColor(border);
        g.setStroke(stroke(1));
        g.draw(p);
        g.draw(new Line2D.Double(10, 1.5, 10, 4.5));
        g.draw(new Line2D.Double(10, 4.5, 13, 4.5));
    }

    static void plan(Graphics2D g) {
        page(g, NAVY);
        g.setStroke(stroke(1));
        g.setColor(TEAL);
        g.draw(new Line2D.Double(5, 7, 11, 7));
        g.setColor(GREY);
        g.draw(new Line2D.Double(5, 9.5, 11, 9.5));
        g.draw(new Line2D.Double(5, 12, 9, 12));
        g.setColor(AMBER);
        g.fill(new Ellipse2D.Double(4.3, 3.3, 2.6, 2.6));
    }

    static void file(Graphics2D g) {
        page(g, GREY);
    }

    static void outcome(Graphics2D g) {
        GeneralPath p = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double r = i % 2 == 0 ? 7 : 3;
            double x = 8 + r * Math.cos(a);
            double y = 8.6 + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        g.setColor(AMBER);
        g.fill(p);
        g.setColor(new Color(0x9A6B00));
        g.setStroke(stroke(0.8));
        g.draw(p);
    }

    static void objective(Graphics2D g) {
        g.setColor(NAVY);
        g.setStroke(stroke(1.4));
        g.draw(new Line2D.Double(3.5, 1.8, 3.5, 14.5));
        GeneralPath f = new GeneralPath();
        f.moveTo(4.2, 2.2);
        f.lineTo(13.5, 2.2);
        f.lineTo(11.3, 5.2);
        f.lineTo(13.5, 8.2);
        f.lineTo(4.2, 8.2);
        f.closePath();
        g.setColor(TEAL);
        g.fill(f);
    }

    static void activity(Graphics2D g) {
        GeneralPath p = new GeneralPath();
        p.moveTo(2, 4);
        p.lineTo(8, 4);
        p.lineTo(8, 1.5);
        p.lineTo(14.5, 8);
        p.lineTo(8, 14.5);
        p.lineTo(8, 12);
        p.lineTo(2, 12);
        p.closePath();
        g.setColor(GREEN);
        g.fill(p);
        g.setColor(new Color(0x1F5E22));
        g.setStroke(stroke(0.8));
        g.draw(p);
    }

    static void measure(Graphics2D g) {
        g.setColor(PURPLE);
        g.fill(new Rectangle2D.Double(2, 9, 3, 5.5));
        g.fill(new Rectangle2D.Double(6.5, 5.5, 3, 9));
        g.fill(new Rectangle2D.Double(11, 2, 3, 12.5));
        g.setColor(GREY);
        g.setStroke(stroke(0.8));
        g.draw(new Line2D.Double(1, 14.8, 15, 14.8));
    }

    static void target(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
        g.setColor(RED);
        g.setStroke(stroke(1.6));
        g.draw(new Ellipse2D.Double(2, 2, 12, 12));
        g.draw(new Ellipse2D.Double(5, 5, 6, 6));
        g.fill(new Ellipse2D.Double(6.8, 6.8, 2.4, 2.4));
    }

    static void alignment(Graphics2D g) {
        g.setColor(TEAL);
        g.setStroke(stroke(1.6));
        g.draw(new Line2D.Double(4, 8, 12, 8));
        GeneralPath head = new GeneralPath();
        head.moveTo(9.5, 4.5);
        head.lineTo(14, 8);
        head.lineTo(9.5, 11.5);
        g.draw(head);
        g.setColor(NAVY);
        g.fill(new Ellipse2D.Double(0.8, 5.5, 5, 5));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(2.3, 7, 2, 2));
    }

    static void group(Graphics2D g) {
        g.setColor(GREY);
        g.fill(new Ellipse2D.Double(8.5, 2.5, 5, 5));
        g.fill(new RoundRectangle2D.Double(7.5, 8, 7.5, 6.5, 4, 4));
        g.setColor(NAVY);
        g.fill(new Ellipse2D.Double(2.5, 3.5, 5, 5));
        g.fill(new RoundRectangle2D.Double(1, 9, 8, 6, 4, 4));
    }

    static void framework(Graphics2D g) {
        g.setColor(NAVY);
        g.fill(new RoundRectangle2D.Double(2.5, 1.5, 11, 13, 2, 2));
        g.setColor(PAPER);
        g.fill(new Rectangle2D.Double(4.5, 12, 8.5, 1.6));
        g.setColor(AMBER);
        g.fill(new Rectangle2D.Double(7, 1.5, 2.4, 7));
        g.setColor(Color.WHITE);
        g.setStroke(stroke(0.8));
        g.draw(new Line2D.Double(4.5, 1.8, 4.5, 12));
    }

    static void diamond(Graphics2D g, Color c, boolean filled) {
        GeneralPath p = new GeneralPath();
        p.moveTo(8, 2);
        p.lineTo(14, 8);
        p.lineTo(8, 14);
        p.lineTo(2, 8);
        p.closePath();
        g.setColor(filled ? c : Color.WHITE);
        g.fill(p);
        g.setColor(filled ? c.darker() : c);
        g.setStroke(stroke(1.2));
        g.draw(p);
    }

    static void wording(Graphics2D g) {
        GeneralPath p = new GeneralPath();
        p.moveTo(2.5, 2.5);
        p.lineTo(13.5, 2.5);
        p.lineTo(13.5, 10.5);
        p.lineTo(7, 10.5);
        p.lineTo(4, 13.8);
        p.lineTo(4.3, 10.5);
        p.lineTo(2.5, 10.5);
        p.closePath();
        g.setColor(Color.WHITE);
        g.fill(p);
        g.setColor(GREY);
        g.setStroke(stroke(1));
        g.draw(p);
        g.draw(new Line2D.Double(4.8, 5, 11.2, 5));
        g.draw(new Line2D.Double(4.8, 7.8, 9.5, 7.8));
    }

    static void property(Graphics2D g) {
        g.setColor(GREY);
        g.setStroke(stroke(1.6));
        g.draw(new Ellipse2D.Double(2, 4, 6, 6));
        g.draw(new Line2D.Double(8, 7, 14.5, 7));
        g.draw(new Line2D.Double(12, 7, 12, 10));
        g.draw(new Line2D.Double(14.5, 7, 14.5, 9.5));
    }

    static void plans(Graphics2D g) {
        GeneralPath p = new GeneralPath();
        p.moveTo(1, 3.5);
        p.lineTo(6, 3.5);
        p.lineTo(7.5, 5);
        p.lineTo(15, 5);
        p.lineTo(15, 14);
        p.lineTo(1, 14);
        p.closePath();
        g.setColor(AMBER);
        g.fill(p);
        g.setColor(new Color(0x9A6B00));
        g.setStroke(stroke(0.8));
        g.draw(p);
        g.setColor(NAVY);
        g.fill(new Ellipse2D.Double(5.5, 7.5, 5, 5));
    }

    static void coverage(Graphics2D g) {
        g.setColor(TEAL);
        g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
        g.setColor(RED);
        g.fill(new java.awt.geom.Arc2D.Double(1.5, 1.5, 13, 13, 90, 70, java.awt.geom.Arc2D.PIE));
        g.setColor(Color.WHITE);
        g.setStroke(stroke(0.8));
        g.draw(new Ellipse2D.Double(1.5, 1.5, 13, 13));
    }

    static void validate(Graphics2D g) {
        g.setColor(GREEN);
        g.fill(new Ellipse2D.Double(1, 1, 14, 14));
        g.setColor(Color.WHITE);
        g.setStroke(stroke(2));
        GeneralPath p = new GeneralPath();
        p.moveTo(4.5, 8.2);
        p.lineTo(7, 10.8);
        p.lineTo(11.8, 5.2);
        g.draw(p);
    }

    static void export(Graphics2D g) {
        page(g, NAVY);
        g.setColor(TEAL);
        g.setStroke(stroke(1.6));
        g.draw(new Line2D.Double(5.5, 10, 11, 10));
        GeneralPath head = new GeneralPath();
        head.moveTo(8.8, 7.5);
        head.lineTo(11.3, 10);
        head.lineTo(8.8, 12.5);
        g.draw(head);
    }

    static void uncovered(Graphics2D g) {
        g.setColor(new Color(0xFFD6D6));
        g.fill(new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 3, 3));
        g.setColor(RED);
        g.setStroke(stroke(1));
        g.draw(new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 3, 3));
        g.setStroke(stroke(2));
        g.draw(new Line2D.Double(8, 4.5, 8, 9));
        g.fill(new Ellipse2D.Double(6.9, 10.6, 2.2, 2.2));
    }

    static void box(Graphics2D g, boolean plus) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(2.5, 2.5, 11, 11));
        g.setColor(GREY);
        g.setStroke(stroke(1));
        g.draw(new Rectangle2D.Double(2.5, 2.5, 11, 11));
        g.setColor(NAVY);
        g.setStroke(stroke(1.5));
        g.draw(new Line2D.Double(5, 8, 11, 8));
        if (plus) {
            g.draw(new Line2D.Double(8, 5, 8, 11));
        }
    }
}
