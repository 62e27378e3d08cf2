package org.plantrace.docgen;

import java.util.List;

/**
 * One part of the document: an appendix, the traceability summary or the draft notice. {@code key} is
 * the appendix letter ("B") or a name ("summary", "draft"); {@code anchor} the link target in HTML/PDF
 * and the bookmark name in DOCX.
 */
public record Section(String key, String title, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    public String anchor() {
        return key.length() == 1 ? "appendix-" + key.toLowerCase(java.util.Locale.ROOT) : key;
    }

    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
