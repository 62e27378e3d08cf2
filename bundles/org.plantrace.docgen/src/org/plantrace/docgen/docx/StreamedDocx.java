package org.plantrace.docgen.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document whose body is written as text when the document is saved ({@link BodyXml}), while POI keeps every
 * other part: styles, properties, headers, footers, the watermark, the pictures and their relationships. The section
 * properties (page size, margins, header and footer references) are taken from the document's {@code w:sectPr}.
 */
final class StreamedDocx extends XWPFDocument {

    /** Writes the content of {@code w:body} before its section properties. */
    @FunctionalInterface
    interface Body {
        void write(Writer out) throws IOException;
    }

    private Body body = out -> {
    };

    StreamedDocx() {
        getPackage().addMarshaller(PictureType.PNG.getContentType(), new StoredPictures());
    }

    void body(Body b) {
        this.body = b;
    }

    @Override
    protected void commit() throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(getPackagePart().getOutputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document" + BodyXml.NAMESPACES
                    + "><w:body>");
            body.write(out);
            CTSectPr sect = getDocument().getBody().getSectPr();
            if (sect != null) {
                sectPr(out, sect);
            }
            out.write("</w:body></w:document>");
        }
    }

    /**
     * Discards the package without saving it: {@link XWPFDocument#close()} saves a document made in memory once more
     * into that memory, body and every part zipped a second time (at the 100x model, a second 220 MB DOCX).
     */
    @Override
    public void close() {
        getPackage().revert();
    }

    private static void sectPr(Writer out, CTSectPr sect) throws IOException {
        out.write("<w:sectPr>");
        for (CTHdrFtrRef h : sect.getHeaderReferenceList()) {
            out.write("<w:headerReference w:type=\"" + h.getType() + "\" r:id=\"" + h.getId() + "\"/>");
        }
        for (CTHdrFtrRef f : sect.getFooterReferenceList()) {
            out.write("<w:footerReference w:type=\"" + f.getType() + "\" r:id=\"" + f.getId() + "\"/>");
        }
        if (sect.isSetPgSz()) {
            CTPageSz sz = sect.getPgSz();
            out.write("<w:pgSz w:w=\"" + sz.getW() + "\" w:h=\"" + sz.getH() + "\""
                    + (sz.isSetOrient() ? " w:orient=\"" + sz.getOrient() + "\"" : "") + "/>");
        }
        if (sect.isSetPgMar()) {
            CTPageMar m = sect.getPgMar();
            out.write("<w:pgMar w:top=\"" + m.getTop() + "\" w:bottom=\"" + m.getBottom() + "\" w:left=\"" + m.getLeft()
                    + "\" w:right=\"" + m.getRight() + "\" w:header=\"" + m.getHeader() + "\" w:footer=\"" + m.getFooter()
                    + "\" w:gutter=\"" + m.getGutter() + "\"/>");
        }
        out.write("</w:sectPr>");
    }
}
