package org.plantrace.docgen.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds the shipped team template {@code examples/policing-london-2009-12/templates/business-plan.docx} as a team
 * would write it in Word: their own styles (Georgia, dark red headings), a cover, header and footer, the chapters of
 * the 2009-12 business plan (seed 002, contents pages) with the team's narrative, and content controls where the plan's
 * generated parts go (the measures of each objective, budgets, a progress table, appendices A-J and the diagrams).
 * One placeholder is a plain {{plantrace ...}} paragraph, the other way a team can ask for a part.
 *
 * <p>Run {@link #main} to write the file; {@code TemplateTest} checks the shipped file names the same parts.
 */
public final class BusinessPlanTemplate {

    static final String FONT = "Georgia";

    /** Each chapter's narrative, as the team's own words (kept on regeneration). */
    static final String CONTEXT_INTRO = "This chapter sets out what shapes policing in London over the plan's three years: "
            + "the priorities of government, of the Mayor and of Londoners, and our own commitments.";

    private BusinessPlanTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0])
                : Samples.examples().resolve("policing-london-2009-12/templates/business-plan.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, build());
        System.out.println("wrote " + out);
    }

    static byte[] build() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            page(doc);
            headerAndFooter(doc);
            para(doc, "Title", "Metropolitan Police Authority and Metropolitan Police Service");
            para(doc, "Title", "Policing London Business Plan 2009-12");
            para(doc, "Normal", "Draft for the Authority's Strategic and Operational Policing Committee.");

            chapter(doc, "Message from the Chair and the Commissioner");
            para(doc, "Normal", "The Chair's and the Commissioner's joint message to Londoners is written here by the "
                    + "planning team.");

            chapter(doc, "The London Policing Context");
            para(doc, "Normal", CONTEXT_INTRO);
            for (String s : new String[] { "Government", "Mayoral", "Public", "Corporate Social Responsibility",
                    "Partnership and Collaborative Working" }) {
                para(doc, "Heading2", s);
                para(doc, "Normal", "The team's account of the " + s.toLowerCase(java.util.Locale.ROOT)
                        + " priorities that the objectives respond to.");
            }

            chapter(doc, "Responding to these priorities");
            para(doc, "Heading2", "Objectives and Financial Planning");
            para(doc, "Normal", "Each corporate objective below is followed by the measures that track it and their "
                    + "targets, generated from the plan.");
            String[] objectives = { "Access and Confidence", "Safer Neighbourhoods", "Serious Violence",
                    "Criminal Networks", "Terrorism and Domestic Extremism", "Major Events", "Resources" };
            for (int i = 0; i < objectives.length; i++) {
                para(doc, "Heading3", "Objective " + (i + 1) + ": " + objectives[i]);
                para(doc, "Normal", "What the team will deliver under this objective, in its own words.");
                control(doc, "measures " + (i + 1), "The measures of objective " + (i + 1) + " are generated here.");
            }
            para(doc, "Heading3", "Alignment of objective 3");
            control(doc, "diagram 3", "The alignment diagram of objective 3 is generated here.");
            para(doc, "Heading2", "Financial Planning");
            para(doc, "Normal", "The revenue and capital budgets of the business groups, as agreed by the Authority.");
            control(doc, "appendix budgets", "The budget tables are generated here.");
            para(doc, "Heading2", "Delivering the Plan");
            para(doc, "Normal", "How the business groups deliver the objectives, written by the planning team.");
            para(doc, "Heading2", "Measuring our Performance");
            para(doc, "Normal", "Progress against the targets of objective 1, from the latest report to the Authority:");
            para(doc, "Normal", "{{plantrace progress 1}}");

            chapter(doc, "Glossary of Terms");
            para(doc, "Normal", "APACS \u2013 Assessments of Policing and Community Safety.");
            para(doc, "Normal", "NIS \u2013 National Indicator Set.");
            chapter(doc, "Contacts");
            para(doc, "Normal", "The planning team's contact details.");

            chapter(doc, "Appendices");
            para(doc, "Normal", "The appendices are generated from the plan's model; edit the plan, not these pages.");
            for (char a = 'A'; a <= 'J'; a++) {
                control(doc, "appendix " + a, "Appendix " + a + " is generated here.");
            }
            control(doc, "appendix diagrams", "The alignment diagrams are generated here.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void chapter(XWPFDocument doc, String title) {
        XWPFParagraph p = para(doc, "Heading1", title);
        p.setPageBreak(true);
    }

    static XWPFParagraph para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    /**
     * A block-level rich text content control as Word inserts one (Developer > Rich Text Content Control) with its
     * tag set in Properties, showing its placeholder text until filled.
     */
    static void control(XWPFDocument doc, String part, String prompt) {
        CTSdtBlock sdt = doc.getDocument().getBody().addNewSdt();
        CTSdtPr pr = sdt.addNewSdtPr();
        pr.addNewAlias().setVal("Plantrace: " + part);
        pr.addNewTag().setVal("plantrace:" + part);
        pr.addNewId().setVal(BigInteger.valueOf(1000 + Math.abs(part.hashCode() % 100000)));
        pr.addNewShowingPlcHdr();
        var p = sdt.addNewSdtContent().addNewP();
        p.addNewPPr().addNewPStyle().setVal("Normal");
        CTR r = p.addNewR();
        r.addNewRPr().addNewColor().setVal("808080");
        r.addNewT().setStringValue(prompt);
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        var rpr = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        var f = rpr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(22));
        rpr.addNewLang().setVal("en-GB");
        styles.setStyles(ct);
        style(styles, "Normal", "Normal", null, 0, null, -1);
        style(styles, "Title", "Title", "Normal", 44, "7A1F1F", -1);
        style(styles, "Heading1", "heading 1", "Normal", 34, "7A1F1F", 0);
        style(styles, "Heading2", "heading 2", "Normal", 28, "7A1F1F", 1);
        style(styles, "Heading3", "heading 3", "Normal", 24, "404040", 2);
    }

    private static void style(XWPFStyles styles, String id, String name, String basedOn, int halfPoints, String color,
            int outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (id.equals("Normal")) {
            s.setDefault(true);
        }
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        var ppr = s.addNewPPr();
        var sp = ppr.addNewSpacing();
        sp.setAfter(BigInteger.valueOf(120));
        if (outline >= 0) {
            sp.setBefore(BigInteger.valueOf(240));
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        var rpr = s.addNewRPr();
        if (color != null) {
            rpr.addNewB();
            rpr.addNewColor().setVal(color);
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        styles.addStyle(new XWPFStyle(s));
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(11906));
        sz.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(1440));
        m.setBottom(BigInteger.valueOf(1440));
        m.setLeft(BigInteger.valueOf(1304));
        m.setRight(BigInteger.valueOf(1304));
        m.setHeader(BigInteger.valueOf(708));
        m.setFooter(BigInteger.valueOf(708));
        m.setGutter(BigInteger.ZERO);
    }

    private static void headerAndFooter(XWPFDocument doc) {
        XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = h.createParagraph();
        hp.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun hr = hp.createRun();
        hr.setText("Policing London Business Plan 2009-12");
        hr.setColor("7A1F1F");
        hr.setFontSize(9);
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = f.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        fp.createRun().setText("Metropolitan Police Authority \u2013 page ");
        var fld = fp.getCTP().addNewFldSimple();
        fld.setInstr(" PAGE ");
        fld.addNewR().addNewT().setStringValue("1");
    }
}
