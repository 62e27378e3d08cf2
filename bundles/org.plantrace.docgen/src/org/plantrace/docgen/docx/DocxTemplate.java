package org.plantrace.docgen.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLock;
import org.plantrace.docgen.Logging;
import org.plantrace.docgen.template.Part;
import org.plantrace.docgen.template.Placeholder;
import org.plantrace.docgen.template.TemplateException;

/**
 * Fills a team's Word template: every placeholder at the top level of the body (a content control tagged
 * {@code plantrace:...}, or a paragraph reading {@code {{plantrace ...}}}) gets the generated part as the content of a
 * content control with that tag, written by the appendix writers (same styles, tables, figures). Everything else is
 * kept as the team wrote it: paragraphs, headings, tables, headers and footers, styles (the generated parts' styles are
 * added only where the template lacks them). The filled document is itself a template: filling it again replaces the
 * generated parts only. Drawing and bookmark ids are made unique over the document, so Word opens it without repair.
 */
public final class DocxTemplate {

    static {
        Logging.quietPoi();
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName SDT = new QName(W, "sdt");
    private static final QName P = new QName(W, "p");
    private static final QName SECT_PR = new QName(W, "sectPr");
    private static final QName BOOKMARK_START = new QName(W, "bookmarkStart");
    private static final QName BOOKMARK_END = new QName(W, "bookmarkEnd");
    private static final QName ID = new QName(W, "id");
    private static final QName TAG = new QName(W, "tag");
    private static final QName VAL = new QName(W, "val");
    private static final QName DOC_PR = new QName("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "docPr");

    /** Resolves one placeholder to what fills it. */
    @FunctionalInterface
    public interface Parts {
        Part resolve(Placeholder p) throws TemplateException;
    }

    /** The filled document and the placeholders filled, in document order. */
    public record Filled(byte[] docx, List<Placeholder> placeholders) {
    }

    private DocxTemplate() {
    }

    /** The placeholders of a template, in document order (for listing, and for checking before generating). */
    public static List<Placeholder> placeholders(byte[] template) throws TemplateException {
        try (XWPFDocument doc = open(template)) {
            return find(doc.getDocument().getBody()).stream().map(Found::placeholder).toList();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    public static Filled fill(byte[] template, Parts parts) throws TemplateException {
        try (XWPFDocument doc = open(template)) {
            CTBody body = doc.getDocument().getBody();
            List<Found> found = find(body);
            DocxStyles.ensure(doc);
            int width = textWidth(body);
            int height = textHeight(body);
            int bookmark = 1;
            List<Placeholder> filled = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                Part part = parts.resolve(f.placeholder());
                CTSdtContentBlock content = control(f, i);
                CTP marker = body.addNewP();
                if (part.heading() != null) {
                    DocxWriter.heading(doc, part.heading(), bookmark++);
                }
                DocxWriter.blocks(doc, part.blocks(), width, height);
                moveAfter(marker, content);
                filled.add(f.placeholder());
            }
            uniqueIds(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.write(out);
            return new Filled(out.toByteArray(), filled);
        } catch (IOException e) {
            throw new TemplateException("cannot write the document: " + e.getMessage(), e);
        }
    }

    private static XWPFDocument open(byte[] template) throws TemplateException {
        try {
            return new XWPFDocument(new ByteArrayInputStream(template));
        } catch (IOException | IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
            throw unreadable(e);
        }
    }

    private static TemplateException unreadable(Exception e) {
        return new TemplateException("cannot read the template as a Word document (.docx): " + e.getMessage(), e);
    }

    /** A placeholder in the body: a content control, or a paragraph that names it (and is replaced by one). */
    private record Found(Placeholder placeholder, XmlObject element, boolean control) {
    }

    private static List<Found> find(CTBody body) throws TemplateException {
        List<Found> found = new ArrayList<>();
        int paragraph = 0;
        try (XmlCursor c = body.newCursor()) {
            if (!c.toFirstChild()) {
                return found;
            }
            do {
                QName name = c.getName();
                XmlObject o = c.getObject();
                if (SDT.equals(name)) {
                    Optional<Placeholder> p = Placeholder.ofTag(tag(o));
                    if (p.isPresent()) {
                        found.add(new Found(p.get(), o, true));
                    }
                } else if (P.equals(name)) {
                    paragraph++;
                    Optional<Placeholder> p = inlineControl(o).or(() -> Placeholder.ofText(text(o)));
                    if (p.isPresent()) {
                        found.add(new Found(p.get(), o, false));
                    } else if (text(o).toLowerCase(java.util.Locale.ROOT).contains("{{plantrace")) {
                        throw new TemplateException("paragraph " + paragraph + " ('" + text(o).strip()
                                + "') looks like a placeholder but is not one: write it alone in its paragraph, as "
                                + "{{plantrace appendix B}}");
                    }
                }
            } while (c.toNextSibling());
        }
        return found;
    }

    /** A paragraph holding an inline content control tagged plantrace:... stands for a block placeholder. */
    private static Optional<Placeholder> inlineControl(XmlObject p) {
        try (XmlCursor c = p.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    if (SDT.equals(c.getName())) {
                        Optional<Placeholder> ph = Placeholder.ofTag(tag(c.getObject()));
                        if (ph.isPresent()) {
                            return ph;
                        }
                    }
                } while (c.toNextSibling());
            }
        }
        return Optional.empty();
    }

    /** The {@code w:sdtPr/w:tag/@w:val} of a content control, or null. */
    private static String tag(XmlObject sdt) {
        try (XmlCursor c = sdt.newCursor()) {
            if (!c.toChild(new QName(W, "sdtPr")) || !c.toChild(TAG)) {
                return null;
            }
            return c.getAttributeText(VAL);
        }
    }

    private static String text(XmlObject p) {
        StringBuilder b = new StringBuilder();
        try (XmlCursor c = p.newCursor()) {
            XmlCursor.TokenType t;
            int depth = 0;
            while (!(t = c.toNextToken()).isNone()) {
                if (t.isStart()) {
                    depth++;
                    if (new QName(W, "t").equals(c.getName())) {
                        b.append(c.getTextValue());
                    }
                } else if (t.isEnd()) {
                    if (--depth < 0) {
                        break;
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * The content control of a placeholder, emptied: the existing one, or a new one put where the placeholder
     * paragraph was. Its properties: the tag, a title Word shows on it, an id, and a lock on its content (the team
     * edits around the generated part; Plantrace rewrites it).
     */
    private static CTSdtContentBlock control(Found f, int index) {
        CTSdtBlock sdt;
        if (f.control()) {
            sdt = (CTSdtBlock) f.element();
        } else {
            try (XmlCursor c = f.element().newCursor()) {
                c.beginElement(SDT);
                c.toParent();
                sdt = (CTSdtBlock) c.getObject();
            }
            try (XmlCursor c = f.element().newCursor()) {
                c.removeXml();
            }
        }
        CTSdtPr pr = sdt.isSetSdtPr() ? sdt.getSdtPr() : sdt.addNewSdtPr();
        (pr.isSetAlias() ? pr.getAlias() : pr.addNewAlias()).setVal(f.placeholder().title());
        (pr.isSetTag() ? pr.getTag() : pr.addNewTag()).setVal(f.placeholder().tag());
        (pr.isSetId() ? pr.getId() : pr.addNewId()).setVal(BigInteger.valueOf(
                (f.placeholder().tag().hashCode() & 0x3fffffffL) + index));
        (pr.isSetLock() ? pr.getLock() : pr.addNewLock()).setVal(STLock.SDT_CONTENT_LOCKED);
        // Word's placeholder text ("Click or tap here to enter text") and plain-text or temporary controls would
        // treat the generated content as a prompt, refuse tables, or drop the control on the first edit
        if (pr.isSetShowingPlcHdr()) {
            pr.unsetShowingPlcHdr();
        }
        if (pr.isSetTemporary()) {
            pr.unsetTemporary();
        }
        if (pr.isSetText()) {
            pr.unsetText();
        }
        if (sdt.isSetSdtContent()) {
            sdt.unsetSdtContent();
        }
        return sdt.addNewSdtContent();
    }

    /** Moves every body element after {@code marker} (but the section properties) into {@code content}; drops the marker. */
    private static void moveAfter(CTP marker, CTSdtContentBlock content) {
        List<XmlObject> generated = new ArrayList<>();
        try (XmlCursor c = marker.newCursor()) {
            while (c.toNextSibling()) {
                if (!SECT_PR.equals(c.getName())) {
                    generated.add(c.getObject());
                }
            }
        }
        try (XmlCursor to = content.newCursor()) {
            to.toEndToken();
            for (XmlObject o : generated) {
                try (XmlCursor from = o.newCursor()) {
                    from.moveXml(to);
                }
            }
        }
        try (XmlCursor c = marker.newCursor()) {
            c.removeXml();
        }
    }

    /**
     * Drawing ids ({@code wp:docPr/@id}) numbered once over the body, above those of headers and footers; bookmark
     * ids renumbered in document order, each end following its start, so that the template's bookmarks and the
     * generated ones never share an id.
     */
    private static void uniqueIds(XWPFDocument doc) {
        long next = 1;
        for (XWPFHeader h : doc.getHeaderList()) {
            next = Math.max(next, maxDocPr(h._getHdrFtr()) + 1);
        }
        for (XWPFFooter f : doc.getFooterList()) {
            next = Math.max(next, maxDocPr(f._getHdrFtr()) + 1);
        }
        Map<String, String> open = new HashMap<>();
        long bookmark = 0;
        try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (!c.isStart()) {
                    continue;
                }
                QName n = c.getName();
                if (DOC_PR.equals(n)) {
                    c.setAttributeText(new QName("id"), Long.toString(next++));
                } else if (BOOKMARK_START.equals(n)) {
                    String fresh = Long.toString(bookmark++);
                    open.put(c.getAttributeText(ID), fresh);
                    c.setAttributeText(ID, fresh);
                } else if (BOOKMARK_END.equals(n)) {
                    String fresh = open.remove(c.getAttributeText(ID));
                    c.setAttributeText(ID, fresh != null ? fresh : Long.toString(bookmark++));
                }
            }
        }
    }

    private static long maxDocPr(XmlObject part) {
        long max = 0;
        try (XmlCursor c = part.newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (c.isStart() && DOC_PR.equals(c.getName())) {
                    try {
                        max = Math.max(max, Long.parseLong(c.getAttributeText(new QName("id"))));
                    } catch (NumberFormatException e) {
                        // a malformed id is renumbered with the rest
                    }
                }
            }
        }
        return max;
    }

    private static int textWidth(CTBody body) {
        CTSectPr s = body.isSetSectPr() ? body.getSectPr() : null;
        if (s == null || !s.isSetPgSz() || !s.isSetPgMar()) {
            return DocxWriter.TEXT_WIDTH;
        }
        CTPageSz sz = s.getPgSz();
        CTPageMar m = s.getPgMar();
        long w = twips(sz.getW()) - twips(m.getLeft()) - twips(m.getRight());
        return w > 2000 ? (int) w : DocxWriter.TEXT_WIDTH;
    }

    private static int textHeight(CTBody body) {
        CTSectPr s = body.isSetSectPr() ? body.getSectPr() : null;
        if (s == null || !s.isSetPgSz() || !s.isSetPgMar()) {
            return 16838 - 2 * 1134 - 120;
        }
        long h = twips(s.getPgSz().getH()) - Math.abs(twips(s.getPgMar().getTop())) - Math.abs(twips(s.getPgMar().getBottom()));
        return h > 2000 ? (int) h : 16838 - 2 * 1134 - 120;
    }

    /** A twips measure as POI gives it (a number, or a string such as "11906"); 0 when it is in other units. */
    private static long twips(Object v) {
        try {
            return v == null ? 0 : Long.parseLong(v.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
