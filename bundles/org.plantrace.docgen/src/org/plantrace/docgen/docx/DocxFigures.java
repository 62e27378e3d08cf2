package org.plantrace.docgen.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Line;

/**
 * A figure in DOCX as vector pictures: an Enhanced Metafile of the diagram, which Word and LibreOffice draw, with the SVG
 * of the same layout that Word 2016 and later prefer (an {@code asvg:svgBlip} extension on the metafile's
 * {@code a:blip}); centred,
 * scaled to the width of the text area, with a description saying what the diagram shows, kept on the page of its
 * heading and followed by its caption.
 */
final class DocxFigures {

    static final int EMU_PER_POINT = 12700;
    static final String SVG_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private static final String ASVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

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
            XWPFRun run = p.createRun();
            run.addPicture(new ByteArrayInputStream(f.emf()), PictureType.EMF, f.name() + ".emf", w, h);
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(DocxText.clean(f.alt()));
            inline.getDocPr().setTitle(DocxText.clean(f.caption()));
            describe(inline, DocxText.clean(f.alt()));
            svg(inline, doc.addPictureData(f.svgFile(), PictureType.SVG));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot embed the figure " + f.name(), e);
        }
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle(DocxStyles.of(Line.Style.NOTE));
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.createRun().setText(DocxText.clean(f.caption()));
    }

    /** The picture's own description ({@code pic:cNvPr descr}, which POI sets to the file name). */
    private static void describe(CTInline inline, String alt) {
        try (XmlCursor c = inline.getGraphic().getGraphicData().newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (c.isStart() && new QName(PIC, "cNvPr").equals(c.getName())) {
                    c.setAttributeText(new QName("descr"), alt);
                    return;
                }
            }
        }
    }

    /** Adds {@code <a:extLst><a:ext uri=SVG><asvg:svgBlip r:embed=.../></a:ext></a:extLst>} to the picture's blip. */
    private static void svg(CTInline inline, String relationId) {
        try (XmlCursor c = inline.getGraphic().getGraphicData().newCursor()) {
            while (c.toNextToken().isNone() == false) {
                if (c.isStart() && new QName(A, "blip").equals(c.getName())) {
                    c.toEndToken(); // insert as the blip's last child
                    c.beginElement(new QName(A, "extLst"));
                    c.beginElement(new QName(A, "ext"));
                    c.insertAttributeWithValue("uri", SVG_EXT);
                    c.beginElement(new QName(ASVG, "svgBlip", "asvg"));
                    c.insertAttributeWithValue(new QName(R, "embed", "r"), relationId);
                    return;
                }
            }
        }
    }
}
