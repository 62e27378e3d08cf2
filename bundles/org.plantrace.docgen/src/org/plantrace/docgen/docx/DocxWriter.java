package org.plantrace.docgen.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.plantrace.docgen.AppendixDocument;
import org.plantrace.docgen.XmlText;
import org.plantrace.docgen.Block;
import org.plantrace.docgen.Figure;
import org.plantrace.docgen.Format;
import org.plantrace.docgen.Logging;
import org.plantrace.docgen.Section;
import org.plantrace.docgen.SingleFileWriter;
import org.plantrace.docgen.Table;

/**
 * DOCX with Apache POI (XWPF): heading styles, a table of contents field (pre-filled with links to the
 * sections; Word and LibreOffice add page numbers when it is updated), real tables with merged cells,
 * page numbers, document properties (core: title, subject, creator, created, version, status; custom:
 * plan, model version, generation time) and, for a draft, a banner in the page header plus a DRAFT
 * watermark on every page.
 */
public final class DocxWriter extends SingleFileWriter {

    static {
        Logging.quietPoi();
    }

    /** A4 portrait with 2 cm margins, in twentieths of a point. */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1134;
    static final int TEXT_WIDTH = PAGE_W - 2 * MARGIN;
    /** The height of the text area figures fit (the top margin is 120 twips deeper than the others). */
    static final int TEXT_HEIGHT = PAGE_H - 2 * MARGIN - 120;

    @Override
    public Format format() {
        return Format.DOCX;
    }

    public byte[] docx(AppendixDocument d) throws IOException {
        return bytes(d);
    }

    /** Writes the document as DOCX to {@code to}. */
    @Override
    protected void write(AppendixDocument d, OutputStream to) throws IOException {
        // each figure's metafile and SVG file, made on every core, in the order the figures appear
        Set<Figure> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Figure> figures = new ArrayList<>();
        for (Section s : d.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Figure f && seen.add(f)) {
                    figures.add(f);
                }
            }
        }
        List<byte[][]> files = figures.parallelStream().map(f -> new byte[][] {f.emf(), f.svgFile()}).toList();
        try (StreamedDocx doc = new StreamedDocx()) {
            DocxStyles.define(doc);
            properties(doc, d);
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            page(sect);
            headerAndFooter(doc, sect, d);
            // the pictures' parts, in the order the figures appear (the metafile, then the SVG of each)
            Map<Figure, String[]> pictures = new IdentityHashMap<>();
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                try {
                    pictures.put(f, new String[] {doc.addPictureData(files.get(i)[0], PictureType.EMF),
                            doc.addPictureData(files.get(i)[1], PictureType.SVG)});
                } catch (InvalidFormatException e) {
                    throw new IllegalStateException("cannot embed the figure " + f.name(), e);
                }
            }
            doc.body(out -> {
                BodyXml body = new BodyXml(out, pictures::get);
                cover(body, d);
                contents(body, d);
                int bookmark = 100;
                for (Section s : d.sections()) {
                    body.heading(s, bookmark++);
                    body.blocks(s.blocks(), TEXT_WIDTH, TEXT_HEIGHT);
                }
            });
            doc.write(to);
        }
    }

    private static void properties(XWPFDocument doc, AppendixDocument d) {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(XmlText.line(d.title()));
        core.setSubjectProperty(XmlText.line("Alignment appendices of " + d.planTitle()));
        core.setCreator("Plantrace");
        core.setCreated(Optional.of(Date.from(d.generated())));
        core.setModified(Optional.of(Date.from(d.generated())));
        core.setVersion(XmlText.line(d.modelVersion()));
        core.setContentStatus(d.isDraft() ? "Draft" : "Final");
        core.setKeywords("plan appendices; traceability; alignment");
        core.setDescription(XmlText.line(String.join("; ", d.properties().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList())));
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty("Plan", XmlText.line(d.planTitle()));
        custom.addProperty("Model version", XmlText.line(d.modelVersion()));
        custom.addProperty("Generated", DateTimeFormatter.ISO_INSTANT.format(d.generated()));
        custom.addProperty("Draft", d.isDraft());
        props.getExtendedProperties().getUnderlyingProperties().setApplication("Plantrace");
    }

    private static void page(CTSectPr sect) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN + 120));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void headerAndFooter(XWPFDocument doc, CTSectPr sect, AppendixDocument d) {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        if (d.isDraft()) {
            policy.createWatermark("DRAFT");
            Watermark.soften(policy.getDefaultHeader());
            Watermark.soften(policy.getFirstPageHeader());
            Watermark.soften(policy.getEvenPageHeader());
            XWPFHeader header = policy.getDefaultHeader();
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setColor("B00000");
            r.setFontSize(9);
            r.setText(DocxText.clean(d.draft().banner()));
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        small(p.createRun(), d.planTitle() + "  \u2013  page ");
        field(p, "PAGE", "1");
        small(p.createRun(), " of ");
        field(p, "NUMPAGES", "1");
    }

    private static void small(XWPFRun r, String text) {
        r.setFontSize(8);
        r.setColor("555555");
        r.setText(DocxText.clean(text));
    }

    /** A simple field (PAGE, NUMPAGES) with a cached result, which Word and LibreOffice recompute. */
    private static void field(XWPFParagraph p, String instr, String cached) {
        var f = p.getCTP().addNewFldSimple();
        f.setInstr(" " + instr + " ");
        CTR r = f.addNewR();
        var rpr = r.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(16));
        rpr.addNewColor().setVal("555555");
        r.addNewT().setStringValue(cached);
    }

    private static void cover(BodyXml body, AppendixDocument d) throws IOException {
        body.paragraph(DocxStyles.TITLE, d.title());
        for (Map.Entry<String, String> e : d.properties().entrySet()) {
            body.raw("<w:p><w:pPr>");
            body.style(DocxStyles.PROPERTY);
            body.raw("</w:pPr>");
            body.run(DocxText.clean(e.getKey() + ": "), true, false);
            if (e.getKey().equals("Status") && d.isDraft()) {
                body.raw("<w:r><w:rPr><w:b w:val=\"on\"/><w:color w:val=\"B00000\"/></w:rPr>");
                body.text(DocxText.clean(e.getValue()));
                body.raw("</w:r>");
            } else {
                body.run(DocxText.clean(e.getValue()), false, false);
            }
            body.raw("</w:p>");
        }
    }

    /**
     * A TOC field over heading level 1 whose result is already filled in, so that Word and LibreOffice show the
     * contents on opening without asking to update fields: one hyperlinked entry per section with a dot leader and a
     * {@code PAGEREF} field to the section's bookmark. LibreOffice computes the page numbers as it lays the document
     * out; Word shows the cached numbers (estimated from the sections' length) until its fields are next updated
     * (printing, F9).
     */
    private static void contents(BodyXml body, AppendixDocument d) throws IOException {
        body.paragraph(DocxStyles.TOC_HEADING, "Contents");
        List<Section> sections = d.sections();
        int page = 2; // the cover and contents fill the first page
        for (int i = 0; i < sections.size(); i++) {
            body.raw("<w:p><w:pPr>");
            body.style(DocxStyles.TOC1);
            body.raw("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs></w:pPr>");
            if (i == 0) {
                body.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                        + " TOC \\o &quot;1-1&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            String name = bookmarkName(sections.get(i));
            body.raw("<w:hyperlink w:anchor=\"");
            body.attr(name);
            body.raw("\">");
            body.run(DocxText.clean(sections.get(i).title()), false, false);
            body.raw("<w:r><w:tab/></w:r><w:fldSimple w:instr=\" PAGEREF ");
            body.attr(name);
            body.raw(" \\h \"><w:r><w:t>" + page + "</w:t></w:r></w:fldSimple></w:hyperlink>");
            page += PageEstimate.pages(sections.get(i));
            if (i == sections.size() - 1) {
                body.raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            body.raw("</w:p>");
        }
    }

    /** Word bookmark names: letters, digits and underscores, at most 40 characters. */
    static String bookmarkName(Section s) {
        String n = "pt_" + s.anchor().replaceAll("[^A-Za-z0-9]", "_");
        return n.length() > 40 ? n.substring(0, 40) : n;
    }

    /** The section's heading (heading 1, on a new page) with the bookmark the contents link to. */
    static void heading(XWPFDocument doc, Section s, int id) {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle(DocxStyles.HEADING1);
        h.setPageBreak(true);
        CTBookmark start = h.getCTP().addNewBookmarkStart();
        start.setId(BigInteger.valueOf(id));
        start.setName(bookmarkName(s));
        h.createRun().setText(DocxText.clean(s.title()));
        h.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }

    /**
     * Appends the blocks at the end of the document's body.
     *
     * @param textWidth width of the text area in twentieths of a point (tables fill it, figures fit it)
     * @param textHeight height of the text area in twentieths of a point (figures fit it)
     */
    static void blocks(XWPFDocument doc, List<Block> blocks, int textWidth, int textHeight) {
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> DocxText.fill(doc.createParagraph(), p.line());
                case Block.Heading sub -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle(DocxStyles.HEADING2);
                    p.createRun().setText(DocxText.clean(sub.text()));
                }
                case Table t -> {
                    DocxTables.write(doc, t, textWidth);
                    doc.createParagraph().setStyle(DocxStyles.of(org.plantrace.docgen.Line.Style.TEXT));
                }
                case Figure f -> DocxFigures.write(doc, f, textWidth / 20.0, figureHeight(blocks, f, textHeight));
            }
        }
    }

    /** The most height, in points, figure {@code f} among {@code blocks} may take in a text area {@code textHeight} twips high. */
    static double figureHeight(List<Block> blocks, Figure f, int textHeight) {
        return textHeight / 20.0 - 90 - (intro(blocks, f) ? SECTION_INTRO_PT : 0);
    }

    /** Room for a section's heading and a two-line note above its first figure, in points. */
    private static final double SECTION_INTRO_PT = 95;

    /**
     * Whether {@code f} is the first figure and only the section's intro (paragraphs) and the figure's heading come
     * before it: it is made smaller so that the section heading and intro share its page rather than stand alone.
     */
    private static boolean intro(List<Block> blocks, Figure f) {
        int index = blocks.indexOf(f);
        for (int i = 0; i < index; i++) {
            if (!(blocks.get(i) instanceof Block.Paragraph) && !(i == index - 1 && blocks.get(i) instanceof Block.Heading)) {
                return false;
            }
        }
        return true;
    }
}
