package org.plantrace.docgen.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.eclipse.emf.ecore.EObject;
import org.plantrace.core.progress.Figures;
import org.plantrace.core.progress.Scope;
import org.plantrace.model.Measure;
import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.ResultStatus;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Unit;

/**
 * Imports a results sheet (XLSX or CSV) into a {@link ResultSet} of a plan. The first row names the columns (any order,
 * case and spacing ignored): {@code measure} (the measure's id) and {@code value} are required, {@code period_to}
 * too; optional are {@code breakdown}, {@code scope} (corporate, business-group, borough, laa), {@code scope_name},
 * {@code period_from}, {@code unit} (checked against the measure's), {@code text}, {@code period} (as printed),
 * {@code as_of}, {@code status} (provisional, final), {@code commentary}, {@code source}, {@code reported_target},
 * {@code reported_trend}. Dates are ISO (2008-08-31) or date cells.
 *
 * <p>A row is refused with a {@link ImportProblem} naming sheet, row and column when it names a measure the plan does
 * not have, gives a unit other than the measure's, repeats an earlier row (same measure, breakdown, scope and period),
 * has text in the value cell, or holds a formula in any cell (the sheet must carry values, not calculations).
 */
public final class ResultsImport {

    static final List<String> COLUMNS = List.of("measure", "breakdown", "scope", "scope_name", "period_from",
            "period_to", "value", "unit", "text", "period", "as_of", "status", "commentary", "source",
            "reported_target", "reported_trend");

    /** Columns a data-collection sheet carries for the owner's information; the import reads past them. */
    static final List<String> INFORMATION = List.of("indicator", "target");

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern NOT_ID = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private static final PlantraceFactory F = PlantraceFactory.eINSTANCE;

    /** The results and the rows refused; {@code results} holds only good rows. */
    public record Outcome(ResultSet results, List<ImportProblem> problems, int rows) {
    }

    private final Plan plan;
    private final Map<String, Measure> measures = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private Map<String, Integer> columns;
    private SheetRow header;
    private ResultSet set;
    private int rows;
    private final List<Result> accepted = new ArrayList<>();

    private ResultsImport(Plan plan) {
        this.plan = plan;
        for (java.util.Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Measure m && m.getId() != null) {
                measures.put(m.getId(), m);
            }
        }
    }

    /**
     * Reads {@code sheet} (XLSX by its extension, else CSV; the sheet named {@code sheetName} of a workbook, else its
     * first) into a new result set of {@code plan}.
     */
    public static Outcome read(Plan plan, Path sheet, String sheetName) throws IOException {
        ResultsImport in = new ResultsImport(plan);
        in.set = F.createResultSet();
        in.set.setPlan(plan);
        String file = sheet.getFileName().toString();
        in.set.setId("results-" + file.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "-"));
        in.set.setName(file);
        in.set.setSource(file);
        if (file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            if (!XlsxSheet.read(sheet, sheetName, in::row)) {
                throw new IOException("the workbook has no sheet '" + sheetName + "' (it has "
                        + String.join(", ", XlsxSheet.sheetNames(sheet)) + ")");
            }
        } else {
            CsvSheet.read(sheet, in::row);
        }
        if (in.header == null) {
            throw new IOException("the sheet is empty: expected a header row naming the columns " + COLUMNS);
        }
        // ids are unique by construction: add without EMF's per-element uniqueness check (quadratic in the rows)
        ((org.eclipse.emf.ecore.util.InternalEList<Result>) in.set.getResults()).addAllUnique(in.accepted);
        return new Outcome(in.set, List.copyOf(in.problems), in.rows);
    }

    private void row(SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        if (header == null) {
            readHeader(row);
            return;
        }
        rows++;
        int before = problems.size();
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cell(i).kind() == SheetCell.Kind.FORMULA) {
                problem(row, i, "a formula (" + row.cell(i).text() + "); enter the value itself");
            }
        }
        String measureId = text(row, "measure");
        Measure m = measures.get(measureId);
        if (measureId.isEmpty()) {
            problem(row, "measure", "no measure id");
        } else if (m == null) {
            problem(row, "measure", "no measure '" + measureId + "' in the plan");
        }
        Scope scope = Scope.parse(text(row, "scope"), text(row, "scope_name"));
        if (scope == null) {
            problem(row, "scope", "'" + text(row, "scope") + "' is not a scope (corporate, business-group, borough, laa)");
        } else if (scope.kind() != ScopeKind.CORPORATE && scope.name().isEmpty()) {
            problem(row, "scope_name", "a " + scope.kindLabel() + " result needs the " + scope.kindLabel() + "'s name");
        }
        String from = date(row, "period_from", false);
        String to = date(row, "period_to", true);
        Double value = value(row, m);
        checkUnit(row, m);
        ResultStatus status = status(row);
        if (problems.size() > before) {
            return;
        }
        String breakdown = text(row, "breakdown");
        String key = measureId + "\u0000" + breakdown + "\u0000" + scope + "\u0000" + from + "\u0000" + to;
        Integer earlier = seen.putIfAbsent(key, row.number());
        // (the key is also what makes the id unique)
        if (earlier != null) {
            problem(row, null, "repeats row " + earlier + " (" + measureId + (breakdown.isEmpty() ? "" : " / " + breakdown)
                    + ", " + scope + ", " + (from.isEmpty() ? "" : from + " to ") + to + ")");
            return;
        }
        Result r = F.createResult();
        r.setId(id(measureId, scope, breakdown, from, to));
        r.setMeasure(m);
        r.setValue(value);
        r.setBreakdown(blankToNull(breakdown));
        r.setScope(scope.kind());
        r.setScopeName(blankToNull(scope.name()));
        r.setPeriodFrom(blankToNull(from));
        r.setPeriodTo(to);
        r.setText(blankToNull(text(row, "text")));
        r.setPeriodText(blankToNull(text(row, "period")));
        r.setAsOf(blankToNull(date(row, "as_of", false)));
        r.setStatus(status);
        r.setCommentary(blankToNull(text(row, "commentary")));
        r.setSource(blankToNull(text(row, "source")));
        r.setReportedTarget(blankToNull(text(row, "reported_target")));
        r.setReportedTrend(blankToNull(text(row, "reported_trend")));
        accepted.add(r);
    }

    private void readHeader(SheetRow row) {
        header = row;
        columns = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cell(i).text().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (name.isEmpty()) {
                continue;
            }
            if (INFORMATION.contains(name)) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problem(row, i, "unknown column '" + row.cell(i).text() + "' (columns: " + String.join(", ", COLUMNS) + ")");
            } else if (columns.putIfAbsent(name, i) != null) {
                problem(row, i, "column '" + name + "' given twice");
            }
        }
        for (String required : List.of("measure", "value", "period_to")) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(row.sheet(), row.number(), null, null, "no '" + required
                        + "' column in the header row"));
            }
        }
    }

    /** An id unique in the sheet (rows repeating measure, part, scope and period are refused before). */
    private String id(String measureId, Scope scope, String breakdown, String from, String to) {
        StringBuilder b = new StringBuilder("r-").append(measureId);
        if (scope.kind() != ScopeKind.CORPORATE) {
            b.append('-').append(slug(scope.name()));
        }
        if (!breakdown.isEmpty()) {
            b.append('-').append(slug(breakdown));
        }
        if (!from.isEmpty()) {
            b.append('-').append(from);
        }
        return b.append('-').append(to).toString();
    }

    private String slug(String s) {
        return slugs.computeIfAbsent(s, k -> NOT_ID.matcher(k.toLowerCase(Locale.ROOT)).replaceAll("-"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private SheetCell cell(SheetRow row, String column) {
        Integer i = columns.get(column);
        return i == null ? SheetCell.EMPTY : row.cell(i);
    }

    private String text(SheetRow row, String column) {
        SheetCell c = cell(row, column);
        if (c.kind() == SheetCell.Kind.FORMULA) {
            return "";
        }
        if (c.kind() == SheetCell.Kind.NUMBER && c.number() != null && c.number() == Math.rint(c.number())) {
            return Long.toString(c.number().longValue());
        }
        return c.text();
    }

    private Double value(SheetRow row, Measure m) {
        SheetCell c = cell(row, "value");
        switch (c.kind()) {
            case NUMBER:
                return c.number();
            case EMPTY:
                if (text(row, "text").isEmpty()) {
                    problem(row, "value", "no value (give the figure, or the printed text in the 'text' column)");
                }
                return null;
            case FORMULA:
                return null;
            default:
                if (PLAIN_NUMBER.matcher(c.text()).matches()) {
                    return Double.parseDouble(c.text());
                }
                java.util.OptionalDouble d = Figures.parse(c.text());
                boolean plain = PLAIN_NUMBER.matcher(c.text().strip()).matches();
                if (d.isPresent() && plain) {
                    return d.getAsDouble();
                }
                if (d.isPresent()) {
                    Unit written = unitOf(c.text().replaceAll("[\\d.,+\\-\u2212\\s£]", ""));
                    if (m != null && written != null && m.getUnit() != Unit.UNSPECIFIED && written != m.getUnit()) {
                        problem(row, "value", "'" + c.text() + "' is in " + label(written) + " but measure " + m.getId()
                                + " is counted in " + label(m.getUnit()));
                        return null;
                    }
                    return d.getAsDouble();
                }
                problem(row, "value", "'" + c.text() + "' is not a number");
                return null;
        }
    }

    private void checkUnit(SheetRow row, Measure m) {
        String written = text(row, "unit");
        if (written.isEmpty() || m == null) {
            return;
        }
        Unit u = unitOf(written);
        if (u == null) {
            problem(row, "unit", "'" + written + "' is not a unit (%, percentage points, count, rate per 1,000, rate per "
                    + "10,000, rate per 100 million vehicle km, monthly average, money)");
        } else if (m.getUnit() != Unit.UNSPECIFIED && u != m.getUnit()) {
            problem(row, "unit", "'" + written + "' but measure " + m.getId() + " is counted in " + label(m.getUnit()));
        }
    }

    /** The unit a sheet names; null when it names none. */
    static Unit unitOf(String s) {
        String u = s.strip().toLowerCase(Locale.ROOT).replace(",", "");
        return switch (u) {
            case "%", "percent", "percentage" -> Unit.PERCENT;
            case "pts", "pt", "points", "% points", "%points", "% pts", "%pts", "percentage points" -> Unit.PERCENTAGE_POINTS;
            case "count", "number", "n" -> Unit.COUNT;
            case "per 1000", "rate per 1000" -> Unit.RATE_PER1000;
            case "per 10000", "rate per 10000" -> Unit.RATE_PER10000;
            case "per 100 million vehicle km", "rate per 100 million vehicle km", "per 100m vehicle km" ->
                Unit.RATE_PER100_MILLION_VEHICLE_KM;
            case "monthly average", "per month", "a month" -> Unit.MONTHLY_AVERAGE;
            case "£", "money", "gbp", "£m" -> Unit.MONEY;
            default -> null;
        };
    }

    static String label(Unit u) {
        return switch (u) {
            case PERCENT -> "%";
            case PERCENTAGE_POINTS -> "percentage points";
            case COUNT -> "a count";
            case RATE_PER1000 -> "a rate per 1,000";
            case RATE_PER10000 -> "a rate per 10,000";
            case RATE_PER100_MILLION_VEHICLE_KM -> "a rate per 100 million vehicle km";
            case MONTHLY_AVERAGE -> "a monthly average";
            case MONEY -> "money";
            default -> "no unit";
        };
    }

    private ResultStatus status(SheetRow row) {
        String s = text(row, "status").toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "provisional" -> ResultStatus.PROVISIONAL;
            case "final" -> ResultStatus.FINAL;
            default -> {
                problem(row, "status", "'" + s + "' is neither provisional nor final");
                yield ResultStatus.PROVISIONAL;
            }
        };
    }

    private String date(SheetRow row, String column, boolean required) {
        SheetCell c = cell(row, column);
        if (c.kind() == SheetCell.Kind.NUMBER && c.number() != null) {
            if (DateUtil.isValidExcelDate(c.number())) {
                return DateUtil.getLocalDateTime(c.number()).toLocalDate().toString();
            }
            problem(row, column, "'" + c.text() + "' is not a date");
            return "";
        }
        String s = c.kind() == SheetCell.Kind.FORMULA ? "" : c.text();
        if (s.isEmpty()) {
            if (required && c.kind() != SheetCell.Kind.FORMULA) {
                problem(row, column, "no date (YYYY-MM-DD)");
            }
            return "";
        }
        LocalDate d = org.plantrace.core.progress.Periods.date(s);
        if (d == null) {
            problem(row, column, "'" + s + "' is not a date (YYYY-MM-DD)");
            return "";
        }
        return d.toString();
    }

    private void problem(SheetRow row, String column, String message) {
        Integer i = column == null ? null : columns.get(column);
        if (i == null) {
            problems.add(new ImportProblem(row.sheet(), row.number(), null, null, message));
        } else {
            problem(row, i, message);
        }
    }

    private void problem(SheetRow row, int column, String message) {
        String name = header == null || header == row ? null : header.cell(column).text();
        problems.add(new ImportProblem(row.sheet(), row.number(), SheetCell.columnName(column), name, message));
    }
}
