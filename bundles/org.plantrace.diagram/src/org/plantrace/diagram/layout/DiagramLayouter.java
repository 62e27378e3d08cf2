package org.plantrace.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.math.KVectorChain;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.plantrace.core.trace.Scheme;
import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramNode;
import org.plantrace.diagram.EdgeKind;
import org.plantrace.diagram.NodeState;
import org.plantrace.diagram.render.Java2dCanvas;

/**
 * Lays a diagram out with ELK Layered, left to right, one layer per diagram column (interactive layering on
 * pseudo positions, so columns are kept exactly), orthogonal edges, then places the title, legend and column
 * headings above. Headless and deterministic: the same diagram always gets the same layout.
 */
public final class DiagramLayouter {

    /** Space around the drawing. */
    public static final double MARGIN = 16;

    /** Above this many edges, edges sharing a source or target are merged into one trunk (much faster, narrower). */
    public static final int MERGE_EDGES_ABOVE = 600;

    /**
     * Up to this many nodes + edges, ties in crossing minimisation keep the model order (plan order of key activities,
     * priorities grouped by framework). ELK's model-order sorting grows much faster than the graph: 0.1 s for the
     * sample's whole-plan diagram, a minute at 1,000 nodes and 3,000 edges.
     */
    public static final int MODEL_ORDER_UP_TO = 600;

    /** Above this many nodes + edges, crossing minimisation makes one pass instead of seven. */
    public static final int THOROUGH_UP_TO = 1500;

    /**
     * Up to this many nodes + edges (a document's per-objective figures: 100 on average, 170 at most in the examples),
     * crossing minimisation tries three orders instead of seven. ELK keeps the first order with the fewest crossings
     * and stops at none, so later tries only matter when one of them finds fewer: on the examples' 77 and the 100x
     * model's 700 per-objective diagrams none of tries four to seven did (the same layouts, byte for byte), and the
     * layouts took a quarter less time. Larger diagrams (the sample's whole-plan diagram) do gain from them.
     */
    public static final int FEW_TRIES_UP_TO = 200;

    /**
     * From this many nodes on, Java 2D's set-up for drawing ({@link Java2dCanvas#prepare()}) starts beside the layout:
     * ELK then runs longer than that set-up (0.05-0.1 s in a fresh JVM), which a PNG of the diagram would otherwise
     * pay after the layout; smaller diagrams (the documents' per-objective figures) are laid out without it.
     */
    public static final int PREPARE_DRAWING_FROM = 200;

    private static final double COLUMN_STRIDE = 1_000_000;

    static {
        // what ELK Layered needs of ELK's meta data service (see layout): how to copy the default values of options
        // whose type is not a primitive (paddings, vectors), registered once with ELK's ElkReflect
        LayoutMetaDataService.initElkReflect();
    }

    /** How a diagram is laid out: the ELK knobs that depend on its size. */
    public record Settings(boolean mergeEdges, boolean modelOrder, int thoroughness) {

        public static Settings automatic(Diagram d) {
            int size = d.nodes().size() + d.edges().size();
            return new Settings(d.edges().size() > MERGE_EDGES_ABOVE, size <= MODEL_ORDER_UP_TO,
                    size > THOROUGH_UP_TO ? 1 : size <= FEW_TRIES_UP_TO ? 3 : 7);
        }
    }

    public DiagramLayout layout(Diagram diagram) {
        return layout(diagram, Settings.automatic(diagram));
    }

    public DiagramLayout layout(Diagram diagram, Settings settings) {
        if (diagram.nodes().size() >= PREPARE_DRAWING_FROM) {
            Java2dCanvas.prepare();
        }
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, settings);

        List<DiagramNode> nodes = new ArrayList<>(diagram.nodes());
        nodes.sort(Comparator.comparingInt(DiagramNode::column).thenComparingInt(DiagramNode::order));
        Map<DiagramNode, NodeContent> contents = new IdentityHashMap<>();
        Map<DiagramNode, ElkNode> elkNodes = new IdentityHashMap<>();
        for (DiagramNode n : nodes) {
            NodeContent c = NodeContent.of(n);
            contents.put(n, c);
            ElkNode en = ElkGraphUtil.createNode(root);
            en.setIdentifier(n.id());
            en.setDimensions(c.width, c.height);
            // pseudo position: interactive layering puts nodes whose x ranges overlap in one layer
            en.setLocation(n.column() * COLUMN_STRIDE, n.order());
            elkNodes.put(n, en);
        }
        Map<DiagramEdge, ElkEdge> elkEdges = new IdentityHashMap<>();
        for (DiagramEdge e : diagram.edges()) {
            elkEdges.put(e, ElkGraphUtil.createSimpleEdge(elkNodes.get(e.source()), elkNodes.get(e.target())));
        }

        // ELK Layered itself, not through ELK's RecursiveGraphLayoutEngine: the engine finds the algorithm by its id in
        // ELK's meta data service, whose first use loads and registers every option of ELK's core and of Layered (and
        // outside OSGi scans the class path for providers); for a flat graph it then only calls this provider
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        double graphWidth = diagram.nodes().isEmpty() ? 0 : root.getWidth();
        double graphHeight = diagram.nodes().isEmpty() ? 0 : root.getHeight();
        Header header = Header.place(diagram, columnLefts(diagram, elkNodes), graphWidth);
        double dx = MARGIN;
        double dy = header.graphTop;

        List<NodeBox> boxes = new ArrayList<>();
        for (DiagramNode n : diagram.nodes()) {
            ElkNode en = elkNodes.get(n);
            NodeContent c = contents.get(n);
            double x = en.getX() + dx;
            double y = en.getY() + dy;
            List<TextLine> lines = new ArrayList<>(c.lines.size());
            for (TextLine l : c.lines) {
                lines.add(new TextLine(l.text(), l.font(), x + l.x(), y + l.baseline()));
            }
            boxes.add(new NodeBox(n, x, y, c.width, c.height, lines));
        }
        List<EdgeRoute> routes = new ArrayList<>();
        for (DiagramEdge e : diagram.edges()) {
            routes.add(route(e, elkEdges.get(e), dx, dy));
        }
        double width = Math.max(graphWidth + 2 * MARGIN, header.width + 2 * MARGIN);
        double height = dy + graphHeight + MARGIN;
        return new DiagramLayout(diagram, Math.ceil(width), Math.ceil(height), boxes, routes, header.title,
                header.columnTitles, header.legend);
    }

    private static void configure(ElkNode root, Settings settings) {
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                settings.modelOrder() ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 12.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        // each edge routed on its own: parallel segments kept apart so every link can be followed
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 8.0);
        root.setProperty(LayeredOptions.MERGE_EDGES, settings.mergeEdges());
        root.setProperty(LayeredOptions.THOROUGHNESS, settings.thoroughness());
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    }

    private static Map<Integer, Double> columnLefts(Diagram d, Map<DiagramNode, ElkNode> elkNodes) {
        Map<Integer, Double> lefts = new HashMap<>();
        for (DiagramNode n : d.nodes()) {
            lefts.merge(n.column(), elkNodes.get(n).getX(), Math::min);
        }
        return lefts;
    }

    private static EdgeRoute route(DiagramEdge e, ElkEdge elk, double dx, double dy) {
        List<Double> pts = new ArrayList<>();
        for (ElkEdgeSection s : elk.getSections()) {
            add(pts, s.getStartX() + dx, s.getStartY() + dy);
            for (ElkBendPoint b : s.getBendPoints()) {
                add(pts, b.getX() + dx, b.getY() + dy);
            }
            add(pts, s.getEndX() + dx, s.getEndY() + dy);
        }
        double[] points = new double[pts.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = pts.get(i);
        }
        KVectorChain jp = elk.getProperty(CoreOptions.JUNCTION_POINTS);
        double[] junctions = new double[jp == null ? 0 : jp.size() * 2];
        int i = 0;
        if (jp != null) {
            for (KVector v : jp) {
                junctions[i++] = v.x + dx;
                junctions[i++] = v.y + dy;
            }
        }
        return new EdgeRoute(e, points, junctions);
    }

    private static void add(List<Double> pts, double x, double y) {
        int n = pts.size();
        if (n >= 2 && pts.get(n - 2) == x && pts.get(n - 1) == y) {
            return;
        }
        pts.add(x);
        pts.add(y);
    }

    /** Title, legend and column headings above the drawing. */
    private static final class Header {

        TextLine title;
        final List<LegendItem> legend = new ArrayList<>();
        final List<TextLine> columnTitles = new ArrayList<>();
        double graphTop;
        double width;

        static Header place(Diagram d, Map<Integer, Double> columnLefts, double graphWidth) {
            Header h = new Header();
            double y = MARGIN;
            h.title = new TextLine(d.title(), Font.TITLE, MARGIN, y + Font.TITLE.baselineOffset());
            h.width = h.title.width();
            y += Font.TITLE.lineHeight() + 6;

            double rowWidth = Math.max(graphWidth, 640);
            double x = 0;
            boolean any = false;
            for (Entry entry : entries(d)) {
                double w = LegendItem.SWATCH_WIDTH + 5 + TextMetrics.width(entry.text, Font.LEGEND) + 18;
                if (x > 0 && x + w > rowWidth) {
                    x = 0;
                    y += Font.LEGEND.lineHeight() + 4;
                }
                double top = y + (Font.LEGEND.lineHeight() - LegendItem.SWATCH_HEIGHT) / 2;
                TextLine text = new TextLine(entry.text, Font.LEGEND, MARGIN + x + LegendItem.SWATCH_WIDTH + 5,
                        y + Font.LEGEND.baselineOffset());
                h.legend.add(new LegendItem(entry.scheme, entry.state, entry.edge, MARGIN + x, top, text));
                x += w;
                h.width = Math.max(h.width, x);
                any = true;
            }
            if (any) {
                y += Font.LEGEND.lineHeight() + 10;
            }

            int columns = d.columnCount();
            for (int c = 0; c < columns; c++) {
                String t = d.columnTitle(c);
                Double left = columnLefts.get(c);
                if (t.isEmpty() || left == null) {
                    continue;
                }
                Double next = columnLefts.get(c + 1);
                double room = (next == null ? Math.max(graphWidth - left, TextMetrics.width(t, Font.COLUMN)) : next - left)
                        - 8;
                if (TextMetrics.width(t, Font.COLUMN) > room) {
                    t = Wrap.ellipsize(t, Font.COLUMN, room);
                }
                h.columnTitles.add(new TextLine(t, Font.COLUMN, MARGIN + left, y + Font.COLUMN.baselineOffset()));
            }
            if (!h.columnTitles.isEmpty()) {
                y += Font.COLUMN.lineHeight() + 8;
            }
            h.graphTop = Math.ceil(y);
            return h;
        }

        private record Entry(Scheme scheme, NodeState state, EdgeKind edge, String text) {
        }

        private static List<Entry> entries(Diagram d) {
            List<Entry> out = new ArrayList<>();
            for (Scheme s : d.schemes()) {
                out.add(new Entry(s, null, null, Legend.schemeName(s)));
            }
            Set<NodeState> states = EnumSet.noneOf(NodeState.class);
            for (DiagramNode n : d.nodes()) {
                states.addAll(n.states());
            }
            for (NodeState s : new NodeState[] { NodeState.UNCOVERED, NodeState.UNTRACED }) {
                if (states.contains(s)) {
                    out.add(new Entry(null, s, null, Legend.stateName(s)));
                }
            }
            if (d.edges().stream().anyMatch(e -> e.kind() == EdgeKind.CORRESPONDENCE)) {
                out.add(new Entry(null, null, EdgeKind.CORRESPONDENCE, "equivalent indicator"));
            }
            return out;
        }
    }
}
