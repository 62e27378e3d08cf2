package org.plantrace.docgen.appendix;

import java.util.ArrayList;
import java.util.List;

import org.plantrace.docgen.Block;
import org.plantrace.docgen.Cell;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Row;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.Table;
import org.plantrace.model.Budget;
import org.plantrace.model.BudgetColumn;
import org.plantrace.model.BudgetKind;
import org.plantrace.model.BudgetLine;
import org.plantrace.model.BudgetLineKind;
import org.plantrace.model.FrameworkKind;

/**
 * The budget tables as the plan prints them: revenue budgets first, then capital, each with its columns (year and
 * basis) and its lines; a heading line spans the table, a total prints in bold.
 */
public final class Budgets implements SectionBuilder {

    @Override
    public List<FrameworkKind> kinds() {
        return List.of();
    }

    @Override
    public String missing(Context c) {
        return "the plan records no budgets";
    }

    @Override
    public Section build(Context c) {
        List<Budget> budgets = new ArrayList<>(c.plan().getBudgets());
        if (budgets.isEmpty()) {
            return null;
        }
        budgets.sort((a, b) -> Integer.compare(a.getKind().getValue(), b.getKind().getValue())); // stable
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Line.note(SectionBuilder.sourceNote("Budget tables recorded on the plan, "
                + "amounts as the plan prints them."))));
        int n = 0;
        for (Budget b : budgets) {
            blocks.addAll(blocks(b, ++n));
        }
        return new Section("budgets", "Budgets", blocks);
    }

    /** One budget: its heading (title, capital or not, unit) and its table, named {@code budget-N}. */
    public static List<Block> blocks(Budget b, int n) {
        String unit = b.getUnit() == null || b.getUnit().isBlank() ? "" : " (" + b.getUnit() + ")";
        return List.of(new Block.Heading(b.getLabel() + (b.getKind() == BudgetKind.CAPITAL ? " \u2013 capital" : "")
                + unit), table("budget-" + n, b));
    }

    static Table table(String name, Budget b) {
        int columns = b.getColumns().size();
        List<Cell> head = new ArrayList<>();
        head.add(Cell.text(""));
        for (BudgetColumn col : b.getColumns()) {
            head.add(Cell.text(col.getLabel() == null || col.getLabel().isBlank() ? col.getYear() : col.getLabel()));
        }
        List<Row> body = new ArrayList<>();
        for (BudgetLine l : b.getLines()) {
            if (l.getKind() == BudgetLineKind.HEADING) {
                body.add(new Row(Row.Kind.GROUP, List.of(Cell.text(l.getLabel()).colSpan(columns + 1))));
                continue;
            }
            boolean total = l.getKind() == BudgetLineKind.TOTAL;
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(total ? Line.item(0, l.getLabel(), "", l.getId()) : Line.text(l.getLabel(), l.getId())));
            for (int i = 0; i < columns; i++) {
                String a = i < l.getAmounts().size() ? l.getAmounts().get(i) : "";
                cells.add(total && !a.isEmpty() ? Cell.of(Line.item(0, a, "", null)) : Cell.text(a));
            }
            body.add(Row.body(cells));
        }
        List<Integer> widths = new ArrayList<>();
        widths.add(Math.max(20, 100 - 11 * columns));
        for (int i = 0; i < columns; i++) {
            widths.add(11);
        }
        return new Table(name, widths, List.of(new Row(Row.Kind.HEADER, head)), body, "Budget heading");
    }
}
