package org.plantrace.docgen.appendix;

import java.util.List;

import org.plantrace.core.validation.Finding;
import org.plantrace.core.validation.Severity;
import org.plantrace.core.validation.Validation;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Line;
import org.plantrace.docgen.Section;

/** The first section of a document generated from a model with errors: why it is a draft. */
public final class DraftNotice {

    private DraftNotice() {
    }

    /** The banner printed on every page of a draft. */
    public static String banner(long errors) {
        return "DRAFT \u2013 not for publication: the model has " + errors + " error" + (errors == 1 ? "" : "s");
    }

    public static Section build(List<Finding> findings, boolean summaryIncluded) {
        long errors = Validation.count(findings, Severity.ERROR);
        long warnings = Validation.count(findings, Severity.WARNING);
        long infos = Validation.count(findings, Severity.INFO);
        List<Finding> errorList = findings.stream().filter(Finding::isError).toList();
        String rest = "Warnings (" + warnings + ") and information findings (" + infos + ") "
                + (summaryIncluded ? "are listed with these errors in the traceability summary at the end."
                        : "are not listed here: generate the traceability summary to see them.");
        return new Section("draft", "DRAFT: the model has " + errors + " error" + (errors == 1 ? "" : "s"), List.of(
                new Block.Paragraph(Line.alert("This document was generated from a model that fails validation. "
                        + "It is a draft for checking only: correct the errors listed below in the model and "
                        + "generate the appendices again before publishing them.")),
                TraceabilitySummary.findings("draft-errors", errorList),
                new Block.Paragraph(Line.note(rest))));
    }
}
