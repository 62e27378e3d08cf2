package org.plantrace.docgen.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.plantrace.docgen.Line;

/**
 * The paragraph styles of the DOCX: Word's built-in Title, Heading 1/2, TOC Heading and TOC 1 (so
 * navigation panes and tables of contents recognise them), and one "Plantrace ..." style per
 * {@link Line.Style}, so a reader (or a test) can tell a linked item from the context printed above it.
 */
final class DocxStyles {

    static final String FONT = "Arial";
    static final String TITLE = "Title";
    static final String HEADING1 = "Heading1";
    static final String HEADING2 = "Heading2";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC1 = "TOC1";
    static final String HEADER_CELL = "PlantraceHeaderCell";
    static final String PROPERTY = "PlantraceProperty";

    private DocxStyles() {
    }

    /** The style id of a line style, e.g. {@code PlantraceItem}. */
    static String of(Line.Style s) {
        return switch (s) {
            case TEXT -> "PlantraceText";
            case ITEM -> "PlantraceItem";
            case CONTEXT -> "PlantraceContext";
            case BULLET -> "PlantraceBullet";
            case NOTE -> "PlantraceNote";
            case ALERT -> "PlantraceAlert";
        };
    }

    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        defaults(styles);
        all(styles, false);
    }

    /**
     * Adds the styles the generated parts use that {@code doc} (a team's template) does not define, keeping every
     * style it has: the team's Heading 1 stays theirs, the "Plantrace ..." styles are added once.
     */
    static void ensure(XWPFDocument doc) {
        XWPFStyles styles = doc.getStyles();
        if (styles == null) {
            styles = doc.createStyles();
            defaults(styles);
        }
        all(styles, true);
    }

    private static void defaults(XWPFStyles styles) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(20));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(20));
        rpr.addNewLang().setVal("en-GB");
        CTSpacing sp = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        sp.setAfter(BigInteger.valueOf(80));
        sp.setLine(BigInteger.valueOf(252));
        // at least 12.6 pt between lines, more for larger type: LibreOffice read the line without a rule as exactly
        // 12.6 pt, and the title's two lines (18 pt) overlapped
        sp.setLineRule(STLineSpacingRule.AT_LEAST);
        styles.setStyles(ct);
    }

    private static void all(XWPFStyles styles, boolean onlyMissing) {
        add(onlyMissing, styles, "Normal", "Normal", null, null, 0, false, false, null, 0, 0, -1);
        add(onlyMissing, styles, TITLE, "Title", "Normal", "Normal", 36, true, false, "1F3864", 0, 240, -1);
        add(onlyMissing, styles, HEADING1, "heading 1", "Normal", "Normal", 28, true, false, "1F3864", 240, 120, 0);
        add(onlyMissing, styles, HEADING2, "heading 2", "Normal", "Normal", 23, true, false, "1F3864", 200, 80, 1);
        add(onlyMissing, styles, TOC_HEADING, "TOC Heading", HEADING1, "Normal", 28, true, false, "1F3864", 240, 120, -1);
        add(onlyMissing, styles, TOC1, "toc 1", "Normal", "Normal", 0, false, false, null, 0, 60, -1);
        add(onlyMissing, styles, PROPERTY, "Plantrace Property", "Normal", null, 0, false, false, null, 0, 20, -1);
        add(onlyMissing, styles, HEADER_CELL, "Plantrace Header Cell", "Normal", null, 19, true, false, null, 0, 0, -1);
        add(onlyMissing, styles, of(Line.Style.TEXT), "Plantrace Text", "Normal", null, 19, false, false, null, 0, 40, -1);
        add(onlyMissing, styles, of(Line.Style.ITEM), "Plantrace Item", "Normal", null, 19, false, false, null, 0, 40, -1);
        add(onlyMissing, styles, of(Line.Style.CONTEXT), "Plantrace Context", "Normal", null, 19, false, false, null, 0, 40, -1);
        add(onlyMissing, styles, of(Line.Style.BULLET), "Plantrace Bullet", "Normal", null, 19, false, false, null, 0, 40, -1);
        add(onlyMissing, styles, of(Line.Style.NOTE), "Plantrace Note", "Normal", null, 16, false, true, "404040", 0, 40, -1);
        add(onlyMissing, styles, of(Line.Style.ALERT), "Plantrace Alert", "Normal", null, 0, true, false, "B00000", 0, 80, -1);
    }

    /**
     * @param halfPoints font size in half points (0: inherit)
     * @param outline outline level (0 = heading 1), or -1
     */
    private static void add(boolean onlyMissing, XWPFStyles styles, String id, String name, String basedOn, String next, int halfPoints,
            boolean bold, boolean italic, String color, int before, int after, int outline) {
        if (onlyMissing && styles.styleExist(id)) {
            return;
        }
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (id.equals("Normal")) {
            s.setDefault(true);
        }
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        if (next != null) {
            s.addNewNext().setVal(next);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (before > 0 || after > 0) {
            CTSpacing sp = ppr.addNewSpacing();
            sp.setBefore(BigInteger.valueOf(before));
            sp.setAfter(BigInteger.valueOf(after));
        }
        if (outline >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = s.addNewRPr();
        if (id.startsWith("Plantrace")) {
            // the generated tables' column widths are measured in this font: in a team's template whose text is in
            // another (wider) font, the cells keep theirs so no number or word breaks inside a column
            fonts(rpr.addNewRFonts());
        }
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (italic) {
            rpr.addNewI();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
        styles.addStyle(new XWPFStyle(s));
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }
}
