package org.plantrace.docgen.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.plantrace.docgen.Line;

/** Writes one {@link Line} into a paragraph: style, indentation, bold lead, bullet. */
final class DocxText {

    /** Indentation per level, in twentieths of a point. */
    static final int LEVEL = 284;
    static final int BULLET = 198;

    private DocxText() {
    }

    static void fill(XWPFParagraph p, Line l) {
        p.setStyle(DocxStyles.of(l.style()));
        boolean bullet = l.style() == Line.Style.BULLET
                || (l.level() > 0 && l.lead() == null && (l.style() == Line.Style.ITEM || l.style() == Line.Style.CONTEXT));
        int left = l.level() * LEVEL + (bullet ? BULLET : 0);
        if (left > 0) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
            ind.setLeft(BigInteger.valueOf(left));
            if (bullet) {
                ind.setHanging(BigInteger.valueOf(BULLET));
            }
        }
        if (bullet) {
            XWPFRun r = p.createRun();
            r.setText("\u2022");
            r.addTab();
        }
        if (l.lead() != null) {
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setText(clean(l.text().isEmpty() ? l.lead() : l.lead() + ": "));
        }
        if (!l.text().isEmpty()) {
            text(p.createRun(), l.text());
        }
    }

    /** Sets a run's text, turning line breaks into breaks. */
    static void text(XWPFRun r, String text) {
        String[] parts = org.plantrace.docgen.XmlText.lines(text);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(clean(parts[i]), i);
        }
    }

    /** Drops characters XML 1.0 cannot carry, line breaks included (runs break lines themselves). */
    static String clean(String s) {
        return org.plantrace.docgen.XmlText.line(s);
    }
}
