package org.plantrace.docgen.template;

import java.util.List;

import org.plantrace.docgen.Block;
import org.plantrace.docgen.Section;

/**
 * What fills one placeholder: blocks in reading order, headed by a section heading (heading 1, with a bookmark) when
 * {@code heading} is set.
 *
 * @param heading the section whose title heads the part (its blocks are not used), or null
 * @param blocks the part's paragraphs, tables and figures
 */
public record Part(Section heading, List<Block> blocks) {

    public Part {
        blocks = List.copyOf(blocks);
    }

    /** A whole section under its heading. */
    public static Part of(Section s) {
        return new Part(s, s.blocks());
    }

    /** Blocks without a heading. */
    public static Part of(List<Block> blocks) {
        return new Part(null, blocks);
    }
}
