package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.RuleTexts;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;

/**
 * The analyst's list of findings, one part per check that found something (most serious first): the check's name
 * and what it means in words, then where and what it found.
 */
public final class ReviewFindings {

    private ReviewFindings() {
    }

    public static Section build(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.stream().sorted(Comparator.comparing(Finding::severity))
                .forEach(f -> byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f));
        List<Block> blocks = new ArrayList<>();
        if (byRule.isEmpty()) {
            blocks.add(new Block.Paragraph(Line.text("Validation found nothing to review.")));
        }
        int n = 0;
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            RuleTexts.Text text = RuleTexts.of(e.getKey());
            List<Finding> fs = e.getValue();
            String severity = fs.get(0).severity().name().toLowerCase(Locale.ROOT);
            blocks.add(new Block.Heading(text.title() + " (" + fs.size() + " " + plural(severity, fs.size()) + ")"));
            blocks.add(new Block.Paragraph(Line.text(text.explanation())));
            List<Row> body = new ArrayList<>();
            for (Finding f : fs) {
                body.add(Row.body(List.of(Cell.text(f.path() == null ? "" : f.path()), Cell.text(f.message()))));
            }
            blocks.add(new Table("review-" + (++n), List.of(30, 70),
                    List.of(Row.header(Cell.text("Where"), Cell.text("What was found"))), body));
        }
        return new Section("review", "Findings to review", blocks);
    }

    private static String plural(String severity, int n) {
        return switch (severity) {
            case "info" -> "for information";
            default -> n == 1 ? severity : severity + "s";
        };
    }
}
