package org.plantrace.docgen.docx;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;

/**
 * POI's text watermark is a solid black, upright shape, with empty revision ids; this turns it into the
 * usual faint diagonal one (light red, half transparent, rotated 315 degrees) that Word and LibreOffice
 * draw behind the text of every page, and drops the invalid attributes.
 */
final class Watermark {

    private static final String VML = "urn:schemas-microsoft-com:vml";
    private static final QName SHAPE = new QName(VML, "shape");
    private static final QName TEXTPATH = new QName(VML, "textpath");

    private Watermark() {
    }

    static void soften(XWPFHeader header) {
        if (header == null) {
            return;
        }
        // POI writes empty revision ids (w:rsidP="", w:rsidRDefault=""), which the schema does not allow
        for (XWPFParagraph p : header.getParagraphs()) {
            if (p.getCTP().isSetRsidP() && p.getCTP().getRsidP().length == 0) {
                p.getCTP().unsetRsidP();
            }
            if (p.getCTP().isSetRsidRDefault() && p.getCTP().getRsidRDefault().length == 0) {
                p.getCTP().unsetRsidRDefault();
            }
        }
        boolean inShape = false;
        try (XmlCursor c = header._getHdrFtr().newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (!c.isStart()) {
                    continue;
                }
                if (SHAPE.equals(c.getName())) {
                    c.setAttributeText(new QName("fillcolor"), "#E6A8A8");
                    String style = c.getAttributeText(new QName("style"));
                    c.setAttributeText(new QName("style"), (style == null ? "" : style + ";") + "rotation:315");
                    inShape = true;
                } else if (inShape && TEXTPATH.equals(c.getName())) {
                    String style = c.getAttributeText(new QName("style"));
                    if (style != null) {
                        c.setAttributeText(new QName("style"), style.replace("Cambria", "Arial"));
                    }
                    c.beginElement(new QName(VML, "fill"));
                    c.insertAttributeWithValue("opacity", ".5");
                    return;
                }
            }
        }
    }
}
