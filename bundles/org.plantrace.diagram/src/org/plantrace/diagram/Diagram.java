package org.plantrace.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.trace.Scheme;

/**
 * A traceability diagram before layout: nodes in columns (left to right) and edges between them. Built from the
 * model by {@link Diagrams}; laid out by {@code org.plantrace.diagram.layout.DiagramLayouter}. Every node and edge
 * keeps the model element it stands for, so a viewer can select and open it.
 */
public final class Diagram {

    private final DiagramType type;
    private final String title;
    private final EObject subject;
    private final List<DiagramNode> nodes = new ArrayList<>();
    private final List<DiagramEdge> edges = new ArrayList<>();
    private final Map<String, DiagramNode> byId = new LinkedHashMap<>();
    private final Map<String, DiagramEdge> edgesById = new LinkedHashMap<>();
    private final Map<EObject, List<DiagramNode>> byElement = new IdentityHashMap<>();
    private final Map<EObject, List<DiagramEdge>> edgesByElement = new IdentityHashMap<>();
    private final Map<Integer, String> columnTitles = new TreeMap<>();
    private final Set<String> edgeKeys = new HashSet<>();

    Diagram(DiagramType type, String title, EObject subject) {
        this.type = type;
        this.title = title;
        this.subject = subject;
    }

    public DiagramType type() {
        return type;
    }

    /** One line naming the diagram, e.g. "Alignment: Objective 3 Be intolerant of violence". */
    public String title() {
        return title;
    }

    /** What the diagram is about: the plan, an objective or a priority item. */
    public EObject subject() {
        return subject;
    }

    public List<DiagramNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<DiagramEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public DiagramNode node(String id) {
        return byId.get(id);
    }

    public DiagramEdge edge(String id) {
        return edgesById.get(id);
    }

    /** The nodes drawing a model element (usually one). */
    public List<DiagramNode> nodesOf(EObject element) {
        return byElement.getOrDefault(element, List.of());
    }

    /** The edges drawing a model element (an alignment: exactly one). */
    public List<DiagramEdge> edgesOf(EObject element) {
        return edgesByElement.getOrDefault(element, List.of());
    }

    /** Number of columns (highest column index + 1). */
    public int columnCount() {
        int max = -1;
        for (DiagramNode n : nodes) {
            max = Math.max(max, n.column());
        }
        return max + 1;
    }

    /** The heading printed above a column, or "" when none. */
    public String columnTitle(int column) {
        return columnTitles.getOrDefault(column, "");
    }

    /** The framework schemes drawn in this diagram, in scheme order. */
    public List<Scheme> schemes() {
        List<Scheme> out = new ArrayList<>();
        for (Scheme s : Scheme.values()) {
            if (nodes.stream().anyMatch(n -> n.scheme() == s)) {
                out.add(s);
            }
        }
        return out;
    }

    // ---- building (package-private: only the builders of this package create diagrams) ----

    DiagramNode add(DiagramNode n) {
        DiagramNode old = byId.putIfAbsent(n.id(), n);
        if (old != null) {
            throw new IllegalStateException("duplicate node id " + n.id());
        }
        nodes.add(n);
        if (n.element() != null) {
            byElement.computeIfAbsent(n.element(), k -> new ArrayList<>(1)).add(n);
        }
        return n;
    }

    DiagramEdge connect(String id, DiagramNode source, DiagramNode target, EdgeKind kind, EObject element) {
        String unique = id;
        for (int i = 2; edgesById.containsKey(unique); i++) {
            unique = id + "#" + i;
        }
        DiagramEdge e = new DiagramEdge(unique, source, target, kind, element);
        edges.add(e);
        edgeKeys.add(key(source, target, kind));
        edgesById.put(unique, e);
        if (element != null) {
            edgesByElement.computeIfAbsent(element, k -> new ArrayList<>(1)).add(e);
        }
        return e;
    }

    boolean connected(DiagramNode source, DiagramNode target, EdgeKind kind) {
        return edgeKeys.contains(key(source, target, kind));
    }

    private static String key(DiagramNode source, DiagramNode target, EdgeKind kind) {
        return source.id() + '\u0000' + kind.ordinal() + '\u0000' + target.id();
    }

    void columnTitle(int column, String text) {
        columnTitles.put(column, text);
    }

    /** Renumbers columns so that no column is empty, keeping their titles. */
    void compactColumns() {
        int count = columnCount();
        boolean[] used = new boolean[count];
        for (DiagramNode n : nodes) {
            used[n.column()] = true;
        }
        int[] map = new int[count];
        Map<Integer, String> titles = new TreeMap<>();
        int next = 0;
        for (int c = 0; c < count; c++) {
            if (used[c]) {
                map[c] = next;
                if (columnTitles.containsKey(c)) {
                    titles.put(next, columnTitles.get(c));
                }
                next++;
            }
        }
        for (DiagramNode n : nodes) {
            n.column(map[n.column()]);
        }
        columnTitles.clear();
        columnTitles.putAll(titles);
    }

    @Override
    public String toString() {
        return type + " \"" + title + "\": " + nodes.size() + " nodes, " + edges.size() + " edges";
    }

    /**
     * Marks each node with the progress status of its element ({@code statuses}, as core's
     * {@code PlanResults.statusWithObjectives} gives it); nodes of other elements have none. Painting only: the layout
     * does not change.
     */
    public void status(java.util.Map<? extends EObject, org.plantrace.core.progress.Rag> statuses) {
        for (DiagramNode n : nodes()) {
            n.status(n.element() == null ? null : statuses.get(n.element()));
        }
    }
}
