package org.plantrace.docgen;

/** Content of a section, in reading order: paragraphs, sub-headings, tables and figures. */
public sealed interface Block permits Block.Paragraph, Block.Heading, Table, Figure {

    /** A paragraph of running text. */
    record Paragraph(Line line) implements Block {
    }

    /** A sub-heading inside a section (heading level 2). */
    record Heading(String text) implements Block {
    }
}
