package org.plantrace.model.io.migration;

import org.plantrace.model.io.FormatVersion;

/** One step of the file format, from one version to the next; see the package documentation. */
public interface MigrationStep {

    /** The version this step reads. */
    FormatVersion from();

    /** The version the model is in after this step. */
    FormatVersion to();

    /** What the step changes, in a sentence (shown to users who ask what a migration did). */
    String summary();

    /**
     * Brings the loaded model of {@code context} from {@link #from()} to {@link #to()}: moves data recorded for
     * features the metamodel no longer has into their new place, derives new features from old ones.
     */
    void migrate(MigrationContext context);
}
