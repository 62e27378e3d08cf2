package org.plantrace.docgen.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;

/** A figure in DOCX: its PNG, centred and scaled to fit the text area of a page, and its caption. */
final class DocxFigures {

    private static final int EMU_PER_POINT = 12700;

    private DocxFigures() {
    }

    /** Writes the figure scaled to fit {@code maxWidth} x {@code maxHeight} points. */
    static void write(XWPFDocument doc, Figure f, double maxWidth, double maxHeight) {
        double scale = f.fit(maxWidth, maxHeight);
        int w = (int) Math.round(f.width() * 0.75 * scale * EMU_PER_POINT);
        int h = (int) Math.round(f.height() * 0.75 * scale * EMU_PER_POINT);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        // the document's line spacing would clip the picture to one line in some readers: single, "at least"
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(f.png()), PictureType.PNG, f.name() + ".png",
                    w, h);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot embed the figure " + f.name(), e);
        }
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle(DocxStyles.of(Line.Style.NOTE));
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.createRun().setText(DocxText.clean(f.caption()));
    }
}
