package org.plantrace.docgen.docx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.plantrace.docgen.Compression;

/**
 * A Word document whose body is written as text when the document is saved ({@link BodyXml}), while POI keeps every
 * other part: styles, properties, headers, footers, the watermark, the pictures and their relationships. The section
 * properties (page size, margins, header and footer references) are taken from the document's {@code w:sectPr}. The
 * body goes straight into the zip entry of {@code word/document.xml} as the package is saved, not into a part in memory
 * that is then read and deflated (at the 100x model a 127 MB part, held twice over while its buffer grew).
 */
final class StreamedDocx extends XWPFDocument {

    /** Writes the content of {@code w:body} before its section properties. */
    @FunctionalInterface
    interface Body {
        void write(XmlBytes out) throws IOException;
    }

    private Body body = out -> {
    };

    StreamedDocx() {
        DocumentPart parts = new DocumentPart();
        getPackage().addMarshaller(XWPFRelation.DOCUMENT.getContentType(), parts);
        // the figures too, so that every large part is deflated at the documents' level
        getPackage().addMarshaller(PictureType.EMF.getContentType(), parts);
        getPackage().addMarshaller(PictureType.SVG.getContentType(), parts);
    }

    void body(Body b) {
        this.body = b;
    }

    /**
     * As {@link XWPFDocument#getNextPicNameNumber}: the number after the package's pictures, or the first after it no
     * part has, counting the pictures of this document, which are every picture of its package (a new document, its
     * headers have none), rather than collecting them anew for each picture added (at the 100x model, 1,400 lists of
     * up to 1,400 pictures). Pictures other than metafiles and SVG are numbered by POI.
     */
    @Override
    public int getNextPicNameNumber(PictureType type) throws InvalidFormatException {
        XWPFRelation relation = type == PictureType.EMF ? XWPFRelation.IMAGE_EMF
                : type == PictureType.SVG ? XWPFRelation.IMAGE_SVG : null;
        if (relation == null) {
            return super.getNextPicNameNumber(type);
        }
        int img = pictures.size() + 1;
        while (getPackage().getPart(PackagingURIHelper.createPartName(relation.getFileName(img))) != null) {
            img++;
        }
        return img;
    }

    /** The main part is written by {@link DocumentPart} when the package is saved; POI's own content is not used. */
    @Override
    protected void commit() {
    }

    /** Writes the whole {@code word/document.xml} to {@code os}, which it leaves open. */
    private void writeDocument(OutputStream os) throws IOException {
        XmlBytes out = new XmlBytes(os, 1 << 16);
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document" + BodyXml.NAMESPACES
                + "><w:body>");
        body.write(out);
        CTSectPr sect = getDocument().getBody().getSectPr();
        if (sect != null) {
            sectPr(out, sect);
        }
        out.raw("</w:body></w:document>");
        out.flush();
    }

    /**
     * Saves the main part as POI's {@link ZipPartMarshaller} does (a deflated entry, then the part's relationships),
     * with the document written into the entry as it is made at {@link Compression#MARKUP_LEVEL}; the figures' parts
     * (and those after them) are deflated at {@link Compression#LEVEL}.
     */
    private final class DocumentPart implements PartMarshaller {

        private final PartMarshaller other = new ZipPartMarshaller();

        @Override
        public boolean marshall(PackagePart part, OutputStream os) throws OpenXML4JException {
            if (os instanceof ZipArchiveOutputStream z) {
                z.setLevel(Compression.LEVEL);
            }
            if (part != getPackagePart() || !(os instanceof ZipArchiveOutputStream zip)) {
                return other.marshall(part, os);
            }
            try {
                zip.setLevel(Compression.MARKUP_LEVEL);
                zip.putArchiveEntry(entry(part));
                try {
                    writeDocument(zip);
                } finally {
                    zip.closeArchiveEntry();
                    zip.setLevel(Compression.LEVEL);
                }
            } catch (IOException e) {
                throw new OpenXML4JException("cannot write the part " + part.getPartName() + ": " + e.getMessage());
            }
            return relationships(part, zip);
        }
    }

    /** The zip entry of a part, named and dated as POI's {@link ZipPartMarshaller} makes it. */
    private static ZipArchiveEntry entry(PackagePart part) {
        ZipArchiveEntry entry = new ZipArchiveEntry(
                ZipHelper.getZipItemNameFromOPCName(part.getPartName().getURI().getPath()));
        ZipHelper.adjustEntryTime(entry);
        return entry;
    }

    /** Writes the part's relationships after it, as POI's {@link ZipPartMarshaller} does. */
    private static boolean relationships(PackagePart part, ZipArchiveOutputStream zip) throws OpenXML4JException {
        if (part.hasRelationships()) {
            return ZipPartMarshaller.marshallRelationshipPart(part.getRelationships(),
                    PackagingURIHelper.getRelationshipPartName(part.getPartName()), zip);
        }
        return true;
    }

    /**
     * Discards the package without saving it: {@link XWPFDocument#close()} saves a document made in memory once more
     * into that memory, body and every part zipped a second time (at the 100x model, a second 220 MB DOCX).
     */
    @Override
    public void close() {
        getPackage().revert();
    }

    private static void sectPr(XmlBytes out, CTSectPr sect) throws IOException {
        out.raw("<w:sectPr>");
        for (CTHdrFtrRef h : sect.getHeaderReferenceList()) {
            out.raw("<w:headerReference w:type=\"" + h.getType() + "\" r:id=\"" + h.getId() + "\"/>");
        }
        for (CTHdrFtrRef f : sect.getFooterReferenceList()) {
            out.raw("<w:footerReference w:type=\"" + f.getType() + "\" r:id=\"" + f.getId() + "\"/>");
        }
        if (sect.isSetPgSz()) {
            CTPageSz sz = sect.getPgSz();
            out.raw("<w:pgSz w:w=\"" + sz.getW() + "\" w:h=\"" + sz.getH() + "\""
                    + (sz.isSetOrient() ? " w:orient=\"" + sz.getOrient() + "\"" : "") + "/>");
        }
        if (sect.isSetPgMar()) {
            CTPageMar m = sect.getPgMar();
            out.raw("<w:pgMar w:top=\"" + m.getTop() + "\" w:bottom=\"" + m.getBottom() + "\" w:left=\"" + m.getLeft()
                    + "\" w:right=\"" + m.getRight() + "\" w:header=\"" + m.getHeader() + "\" w:footer=\"" + m.getFooter()
                    + "\" w:gutter=\"" + m.getGutter() + "\"/>");
        }
        out.raw("</w:sectPr>");
    }
}
