package org.plantrace.docgen;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.render.DiagramCanvas;
import org.plantrace.diagram.render.DiagramPainter;
import org.plantrace.diagram.render.EmfCanvas;
import org.plantrace.diagram.render.SvgExporter;

/**
 * A diagram in the document, laid out once (org.plantrace.diagram), or any other {@link Drawing} (a trend chart):
 * DOCX embeds it as an Enhanced Metafile with the SVG beside it, HTML as SVG, PDF as vector graphics, all drawn by the
 * same painter.
 */
public final class Figure implements Block {

    /** A picture painted on the diagrams' canvas, in diagram units (CSS px). */
    public interface Drawing {

        double width();

        double height();

        /** The SVG's title. */
        String title();

        /** The SVG's {@code data-diagram} (e.g. "trend"). */
        String kind();

        void paint(DiagramCanvas canvas);
    }

    private final String name;
    private final String caption;
    private final String alt;
    /** Lays the diagram out (null for a {@link Drawing}); dropped once it has (both guarded by {@link #laying}). */
    private Supplier<DiagramLayout> layouter;
    private volatile DiagramLayout layout;
    /** Held while the diagram is laid out: one thread lays it out, the others wait for it or go on to another. */
    private final ReentrantLock laying = new ReentrantLock();
    private final Drawing drawing;
    private String svg;

    /**
     * @param name unique in the document, usable in file names and anchors (e.g. "objective-3")
     * @param caption printed under the figure
     */
    public Figure(String name, String caption, DiagramLayout layout) {
        this(name, caption, caption, layout);
    }

    /**
     * @param alt what the diagram shows, in words, for a reader who cannot see it (HTML {@code alt}/{@code aria-label},
     *            DOCX picture description)
     */
    public Figure(String name, String caption, String alt, DiagramLayout layout) {
        this(name, caption, alt, () -> layout);
    }

    /**
     * A diagram laid out when a writer first needs it ({@link #layout()}): formats without figures (CSV, XLSX) never
     * pay for the layout.
     */
    public Figure(String name, String caption, String alt, Supplier<DiagramLayout> layouter) {
        this.name = name;
        this.caption = caption;
        this.alt = alt;
        this.layouter = layouter;
        this.drawing = null;
    }

    /** A figure of a drawing other than a laid-out diagram (a chart). */
    public Figure(String name, String caption, String alt, Drawing drawing) {
        this.name = name;
        this.caption = caption;
        this.alt = alt;
        this.layouter = null;
        this.drawing = drawing;
    }

    /** Paints the figure, in its units from (0, 0), on {@code canvas}. */
    public void paint(DiagramCanvas canvas) {
        if (drawing == null) {
            DiagramPainter.paint(layout(), canvas);
        } else {
            drawing.paint(canvas);
        }
    }

    /** What the diagram shows, in words. */
    public String alt() {
        return alt;
    }

    public String name() {
        return name;
    }

    public String caption() {
        return caption;
    }

    /**
     * The laid-out diagram, or null for a {@link Drawing}: laid out here if it is not yet, or waited for if another
     * thread is laying it out.
     */
    public DiagramLayout layout() {
        DiagramLayout l = layout;
        if (l != null || drawing != null) {
            return l;
        }
        laying.lock();
        try {
            return layOutHere();
        } finally {
            laying.unlock();
        }
    }

    /** Lays the diagram out unless it is laid out, or being laid out by another thread, already. */
    private void layOutUnlessBusy() {
        if (layout == null && drawing == null && laying.tryLock()) {
            try {
                layOutHere();
            } finally {
                laying.unlock();
            }
        }
    }

    /** With {@link #laying} held. */
    private DiagramLayout layOutHere() {
        if (layout == null && layouter != null) {
            layout = layouter.get();
            layouter = null;
        }
        return layout;
    }

    /** Lays out the diagrams among the sections' blocks that are not laid out yet, in parallel. */
    public static void layOut(List<Section> sections) {
        diagrams(sections).parallelStream().forEach(Figure::layout);
    }

    private static List<Figure> diagrams(List<Section> sections) {
        return sections.stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Figure f && f.isDiagram())
                .map(Figure.class::cast).toList();
    }

    /**
     * Lays out the diagrams among the sections' blocks on {@code threads} background threads, in document order, while
     * the writers work: a writer that meets a diagram not laid out yet lays it out itself (or waits for the thread
     * laying it out), and the background threads skip what a writer has taken. A diagram whose layout fails is left to
     * the writer that meets it (it fails its own format only). {@link Background#close} stops the threads.
     */
    public static Background layOutInBackground(List<Section> sections, int threads) {
        return layOutInBackground(sections, threads, null);
    }

    /**
     * As {@link #layOutInBackground(List, int)}, leaving out the diagrams {@code already} (a background started
     * earlier, e.g. while the document was still being built; may be null) lays out.
     */
    public static Background layOutInBackground(List<Section> sections, int threads, Background already) {
        List<Figure> figures = diagrams(sections);
        if (already != null && already.laysOut()) {
            Set<Figure> taken = Collections.newSetFromMap(new IdentityHashMap<>());
            taken.addAll(already.figures);
            figures = figures.stream().filter(f -> !taken.contains(f)).toList();
        }
        return new Background(figures, threads);
    }

    /** Diagrams being laid out in the background ({@link #layOutInBackground}). */
    public static final class Background implements AutoCloseable {

        private final List<Figure> figures;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<Thread> threads;

        private Background(List<Figure> figures, int threads) {
            this.figures = figures;
            this.threads = figures.isEmpty() ? List.of()
                    : java.util.stream.IntStream.range(0, Math.max(1, Math.min(threads, figures.size())))
                            .mapToObj(i -> Thread.ofPlatform().daemon().name("plantrace-layout-" + i).start(this::run))
                            .toList();
        }

        private void run() {
            for (int i = next.getAndIncrement(); i < figures.size() && !stopped.get(); i = next.getAndIncrement()) {
                try {
                    figures.get(i).layOutUnlessBusy();
                } catch (RuntimeException | StackOverflowError e) {
                    // the writer that meets it lays it out again and fails its own format with why
                }
            }
        }

        /** Whether there are diagrams to lay out (otherwise no thread was started). */
        public boolean laysOut() {
            return !figures.isEmpty();
        }

        /** Stops the threads after the diagram each is laying out (waits for them). */
        @Override
        public void close() {
            stopped.set(true);
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Whether the figure is a laid-out diagram (not a {@link Drawing}), without laying it out. */
    public boolean isDiagram() {
        return drawing == null;
    }

    /** The drawing, or null for a laid-out diagram. */
    public Drawing drawing() {
        return drawing;
    }

    /** Width in CSS pixels (1/96 in). */
    public double width() {
        return drawing == null ? layout().width() : drawing.width();
    }

    /** Height in CSS pixels (1/96 in). */
    public double height() {
        return drawing == null ? layout().height() : drawing.height();
    }

    /**
     * The figure as an Enhanced Metafile (vector records, live text; for DOCX), at its size of 96 units per inch. Made
     * on each call: the one writer that embeds it asks once.
     */
    public byte[] emf() {
        return drawing == null ? EmfCanvas.emf(layout()) : EmfCanvas.emf(drawing.width(), drawing.height(), drawing::paint);
    }

    /** The {@code <svg>} element, to embed in XHTML (painted once, shared by the writers). */
    public synchronized String svg() {
        if (svg == null) {
            svg = drawing == null ? SvgExporter.toSvgElement(layout())
                    : SvgExporter.svg(drawing.width(), drawing.height(), drawing.title(), drawing.kind(), drawing::paint, false);
        }
        return svg;
    }

    /**
     * Appends the {@code <svg>} element announced as one image named {@code label} (the alt text, escaped for XML):
     * with the model's element ids the workbench's SVG carries, or without them (a publication).
     */
    public void appendAnnounced(StringBuilder out, boolean ids, String label) {
        String svg = ids ? svg() : withoutElementIds(svg());
        if (!svg.startsWith("<svg ")) {
            throw new IllegalStateException("not an SVG element: " + name);
        }
        out.append("<svg role=\"img\" aria-label=\"").append(label).append("\" ").append(svg, 5, svg.length());
    }

    /** A standalone SVG file of the figure (for DOCX), without the model's element ids. */
    public byte[] svgFile() {
        return SvgExporter.standalone(withoutElementIds(svg())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final String[] ID_ATTRIBUTES = {" data-id=\"", " data-element=\"", " data-kind=\""};

    /**
     * {@code svg} without the model's element ids: every {@code data-id}, {@code data-element} and {@code data-kind}
     * attribute removed with the space before it (as {@code replaceAll(" data-(?:id|element|kind)=\"[^\"]*\"", "")}
     * would, by a scan: the 100x model's figures are 50 MB of SVG).
     */
    public static String withoutElementIds(String svg) {
        StringBuilder out = null;
        int copied = 0;
        int at = svg.indexOf(" data-");
        while (at >= 0) {
            int end = -1;
            for (String a : ID_ATTRIBUTES) {
                if (svg.startsWith(a, at)) {
                    end = svg.indexOf('"', at + a.length());
                    break;
                }
            }
            if (end < 0) {
                at = svg.indexOf(" data-", at + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(svg.length());
            }
            out.append(svg, copied, at);
            copied = end + 1;
            at = svg.indexOf(" data-", copied);
        }
        return out == null ? svg : out.append(svg, copied, svg.length()).toString();
    }

    /** The scale (at most 1) that fits the figure, in points, into a box of {@code width} x {@code height} points. */
    public double fit(double width, double height) {
        return Math.min(1, Math.min(width / (width() * 0.75), height / (height() * 0.75)));
    }
}
