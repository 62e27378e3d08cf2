package org.plantrace.model.io.migration;

import org.plantrace.model.io.FormatVersion;

/** 1.0 to 1.1: the versioned file format. Everything a 1.0 file holds is read as it is. */
final class Step_1_0_to_1_1 implements MigrationStep {

    @Override
    public FormatVersion from() {
        return new FormatVersion(1, 0);
    }

    @Override
    public FormatVersion to() {
        return new FormatVersion(1, 1);
    }

    @Override
    public String summary() {
        return "file format versioning; the content is read unchanged";
    }

    @Override
    public void migrate(MigrationContext context) {
        // Nothing moved between 1.0 and 1.1.
    }
}
