package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import org.plantrace.diagram.Diagram;
import org.plantrace.diagram.DiagramEdge;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.Diagrams;
import org.plantrace.diagram.EdgeKind;
import org.plantrace.diagram.layout.DiagramLayout;
import org.plantrace.diagram.layout.DiagramLayouter;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Section;
import org.plantrace.model.Alignment;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;

/**
 * One alignment diagram per objective (org.plantrace.diagram): the objective, its key activities and measures that
 * carry alignments, and the priorities they trace to, laid out by ELK exactly as in the workbench's diagram view.
 */
public final class AlignmentDiagrams implements SectionBuilder {

    @Override
    public Section build(Context context) {
        List<CorporateObjective> objectives = context.plan().getObjectives();
        if (objectives.isEmpty()) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        String objective = context.objectivesInText();
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("One diagram for each of the "
                + objective + ": each line is one alignment, "
                + "coloured by framework; dashed lines join equivalent indicators; an objective framed in red traces "
                + "to no national priority."))));
        // the model is read in this thread, through the document's one trace index (an index per diagram made the
        // appendix quadratic in the plan); the layouts (diagram data only) are computed when a format draws the
        // figures (AppendixExport lays them out in parallel first), not for CSV or XLSX
        List<Diagram> diagrams = objectives.stream()
                .map(o -> Diagrams.alignment(o, DiagramOptions.DEFAULT, context.index())).toList();
        for (int i = 0; i < objectives.size(); i++) {
            CorporateObjective o = objectives.get(i);
            long alignments = diagrams.get(i).edges().stream().filter(e -> e.kind() == EdgeKind.ALIGNMENT).count();
            String heading = "Objective " + o.getNumber() + ": " + o.getLabel();
            blocks.add(new Block.Heading(heading));
            blocks.add(new Figure("objective-" + o.getNumber(), "Alignment of objective " + o.getNumber() + " ("
                    + alignments + (alignments == 1 ? " alignment" : " alignments") + ")",
                    alt(heading, diagrams.get(i)), layout(diagrams.get(i))));
        }
        return new Section("diagrams", "Alignment diagrams", blocks);
    }

    private static Supplier<DiagramLayout> layout(Diagram d) {
        return () -> new DiagramLayouter().layout(d);
    }

    /**
     * What the diagram shows for a reader who cannot see it: the objective and how many of its links reach each
     * framework, e.g. "Alignment diagram of Objective 3: ...: 24 links, 9 to NIS, 6 to PSA, ...".
     */
    static String alt(String heading, Diagram d) {
        Map<String, Integer> perFramework = new TreeMap<>();
        int total = 0;
        for (DiagramEdge e : d.edges()) {
            if (e.kind() != EdgeKind.ALIGNMENT || !(e.element() instanceof Alignment a) || a.getTarget() == null) {
                continue;
            }
            total++;
            perFramework.merge(frameworkName(a.getTarget()), 1, Integer::sum);
        }
        if (total == 0) {
            return "Alignment diagram of " + heading + ": no links to frameworks.";
        }
        StringBuilder b = new StringBuilder("Alignment diagram of ").append(heading).append(": ").append(total)
                .append(total == 1 ? " link" : " links");
        perFramework.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(en -> b.append(", ").append(en.getValue()).append(" to ").append(en.getKey()));
        return b.append('.').toString();
    }

    private static String frameworkName(EObject target) {
        for (EObject o = target; o != null; o = o.eContainer()) {
            if (o instanceof Framework f) {
                return f.getCode() == null || f.getCode().isBlank() ? f.getLabel() : f.getCode();
            }
        }
        return "other plans";
    }

    @Override
    public String missing(Context context) {
        return "the plan has no " + context.objectivesInText();
    }

    @Override
    public List<FrameworkKind> kinds() {
        return List.of();
    }
}
