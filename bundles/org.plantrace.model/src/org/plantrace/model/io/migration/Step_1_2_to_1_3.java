package org.plantrace.model.io.migration;

import org.plantrace.model.io.FormatVersion;

/**
 * 1.2 to 1.3, what a business plan prints besides objectives: a framework kind {@code pledge} for catalogues of
 * service standards (the Policing Pledge) that measures align to like any framework's items; inspections and audits
 * on a plan (inspectorate, date, grading, recommendation and area-for-improvement counts, the objectives and business
 * groups concerned, findings with their action plan's status, owner and due date, scores per theme and year); and
 * budget tables on a plan (revenue or capital, of a business group, columns per year and basis, lines as printed).
 * Every new feature is optional and empty in a 1.2 file, so nothing needs converting.
 */
final class Step_1_2_to_1_3 implements MigrationStep {

    @Override
    public FormatVersion from() {
        return new FormatVersion(1, 2);
    }

    @Override
    public FormatVersion to() {
        return new FormatVersion(1, 3);
    }

    @Override
    public String summary() {
        return "service-standard catalogues (framework kind pledge), inspections with findings, actions and scores, "
                + "and budget tables; nothing converted";
    }

    @Override
    public void migrate(MigrationContext context) {
        // every 1.3 addition is optional and absent from a 1.2 file
    }
}
