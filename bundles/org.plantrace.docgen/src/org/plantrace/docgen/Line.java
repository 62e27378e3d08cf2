package org.plantrace.docgen;

import java.util.Objects;

/**
 * One paragraph of a cell or of a section: a style, an indentation level, an optional bold lead (the
 * printed id of an item, e.g. {@code PSA 24}, or a theme) and the text. {@link #ref()} is the id of the
 * model element the line prints (an alignment for a linked item, an objective, a framework item), so a
 * reader of any format can trace a printed line back to the model.
 */
public record Line(Style style, int level, String lead, String text, String ref) {

    /** What a line is; writers map each style to a paragraph style (DOCX) or class (HTML). */
    public enum Style {
        /** Plain text. */
        TEXT("text"),
        /** An item a link of the model reaches (a PSA, a priority action, an indicator). */
        ITEM("item"),
        /** A parent item printed only to place the linked items under it (a PSA above its priority actions). */
        CONTEXT("context"),
        /** A bullet: a definition under an indicator, one business-group activity among several. */
        BULLET("bullet"),
        /** A remark in smaller italic type, e.g. a published citation that differs from the model. */
        NOTE("note"),
        /** A warning the reader must not miss (the draft notice). */
        ALERT("alert");

        private final String cssClass;

        Style(String cssClass) {
            this.cssClass = cssClass;
        }

        /** The CSS class / style-name suffix of this style. */
        public String cssClass() {
            return cssClass;
        }
    }

    public Line {
        Objects.requireNonNull(style);
        text = text == null ? "" : text;
        lead = lead == null || lead.isBlank() ? null : lead;
    }

    public static Line text(String text) {
        return new Line(Style.TEXT, 0, null, text, null);
    }

    public static Line text(String text, String ref) {
        return new Line(Style.TEXT, 0, null, text, ref);
    }

    public static Line item(int level, String lead, String text, String ref) {
        return new Line(Style.ITEM, level, lead, text, ref);
    }

    public static Line context(int level, String lead, String text, String ref) {
        return new Line(Style.CONTEXT, level, lead, text, ref);
    }

    public static Line bullet(int level, String text) {
        return new Line(Style.BULLET, level, null, text, null);
    }

    public static Line note(String text) {
        return new Line(Style.NOTE, 0, null, text, null);
    }

    public static Line alert(String text) {
        return new Line(Style.ALERT, 0, null, text, null);
    }

    /** The line as plain text: {@code lead: text}, bullets prefixed with a bullet sign. */
    public String plain() {
        String s = lead == null ? text : text.isEmpty() ? lead : lead + ": " + text;
        return style == Style.BULLET ? "\u2022 " + s : s;
    }
}
