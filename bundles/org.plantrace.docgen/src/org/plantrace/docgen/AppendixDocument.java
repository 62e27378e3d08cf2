package org.plantrace.docgen;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The appendices of one plan as one document, built once from the model and written by every format
 * writer: title, document properties, the draft marking and the sections in order.
 *
 * @param title document title (e.g. "Policing London Business Plan 2009-12: alignment appendices")
 * @param planTitle the plan's title
 * @param modelVersion the plan's version attribute (may be empty)
 * @param generated when the document was generated
 * @param properties ordered label/value pairs printed under the title and stored as document properties
 * @param draft the draft marking, or null when the model has no errors
 * @param sections draft notice (if any), appendices, traceability summary
 * @param publication a document for the plan's readers: writers leave out every trace of the model (element ids
 *            such as HTML {@code data-ref}), and the builder leaves out the summary and findings
 */
public record AppendixDocument(String title, String planTitle, String modelVersion, Instant generated,
        Map<String, String> properties, Draft draft, List<Section> sections, boolean publication) {

    /** A working document (not for publication). */
    public AppendixDocument(String title, String planTitle, String modelVersion, Instant generated,
            Map<String, String> properties, Draft draft, List<Section> sections) {
        this(title, planTitle, modelVersion, generated, properties, draft, sections, false);
    }

    /** Why the document is a draft: the banner printed on every page and the number of errors. */
    public record Draft(int errors, String banner) {
    }

    public AppendixDocument {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        sections = List.copyOf(sections);
    }

    public boolean isDraft() {
        return draft != null;
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
