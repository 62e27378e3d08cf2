package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.core.Labels;
import org.plantrace.core.trace.Link;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.Measure;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Target;

/**
 * Appendix A: the service standards of the plan's pledge catalogues (framework kind {@code pledge}), each with the
 * plan's measures aligned to it and their target for the plan's first year.
 */
public final class PolicingPledge implements SectionBuilder {

    @Override
    public List<FrameworkKind> kinds() {
        return List.of(FrameworkKind.PLEDGE);
    }

    @Override
    public Section build(Context c) {
        List<Framework> frameworks = c.frameworks(kinds());
        if (frameworks.isEmpty()) {
            return null;
        }
        String year = c.plan().getPeriodStart();
        List<Block> blocks = new ArrayList<>();
        String titles = Printed.titles(frameworks);
        // "of The MPS Policing Pledge", not "of the The MPS Policing Pledge"
        String of = titles.regionMatches(true, 0, "the ", 0, 4) ? titles : "the " + titles;
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Each row is a standard of service of " + of
                + "; the measures are the plan's measures aligned to it."))));
        // the links of each target, in link order (each item looked through every link made the appendix quadratic)
        Map<Object, List<Link>> byTarget = new IdentityHashMap<>();
        for (Link l : c.index().links()) {
            if (l.source() instanceof Measure) {
                byTarget.computeIfAbsent(l.alignment().getTarget(), k -> new ArrayList<>()).add(l);
            }
        }
        for (Framework f : frameworks) {
            if (frameworks.size() > 1) {
                blocks.add(new Block.Heading(f.getLabel()));
            }
            List<Row> body = new ArrayList<>();
            for (PriorityItem item : c.items(f)) {
                List<Line> measures = new ArrayList<>();
                for (Link l : byTarget.getOrDefault(item, List.of())) {
                    if (l.source() instanceof Measure m) {
                        String target = m.getTargets().stream().filter(t -> year == null || year.equals(t.getYear()))
                                .map(Target::getValue).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
                        measures.add(Line.item(0, Labels.blank(m.getNumber()) ? null : "Measure " + m.getNumber(),
                                m.getLabel() + (target == null ? "" : " (" + year + " target: " + target + ")"),
                                l.alignment().getId()));
                    }
                }
                body.add(Row.body(List.of(Cell.text(Labels.blank(item.getCode()) ? "" : item.getCode()),
                        Cell.of(Line.text(item.getLabel(), item.getId())), measures.isEmpty() ? Cell.empty()
                                : Cell.of(measures))));
            }
            blocks.add(new Table(frameworks.size() > 1 ? "A-" + f.getId() : "A", List.of(14, 43, 43),
                    List.of(Row.header(Cell.text("Promise"), Cell.text("Our standard of service"),
                            Cell.text("Measured by"))), body));
        }
        return new Section("A", "Appendix A: " + Printed.titles(frameworks), blocks);
    }
}
