package org.plantrace.docgen;

/**
 * How hard the documents are deflated: the PDF's content streams, the DOCX's and the XLSX's zip entries. zlib's
 * level 4 instead of its default 6 (markup at 3, {@link #MARKUP_LEVEL}): with a shorter search for matches,
 * deflating took under half the time (the 100x model's DOCX parts: 1.2 s instead of 2.7 s; its PDF: about 1.8 s less
 * CPU), for files a little larger (PDF 31.6 -> 33.2 MB, +5 %; DOCX 20.6 -> 22.5 MB, +9 %). Levels 1-3 (zlib's fast
 * strategy) saved little more CPU for 11-24 % larger files.
 */
public final class Compression {

    /** The zlib level of the documents' deflated parts other than their markup ({@link #MARKUP_LEVEL}). */
    public static final int LEVEL = 4;

    /**
     * The zlib level of markup: a DOCX's main part (the body) and an XLSX's parts (its sheets). Level 3, zlib's fast
     * strategy, deflates that repetitive XML in half the time of level 4 (the 100x model's 127 MB
     * {@code word/document.xml}: 0.30 s instead of 0.60 s) for a tenth more of its bytes (5.9 -> 6.5 MB; the DOCX
     * 22.7 -> 23.3 MB); the 2,709 sheets of its XLSX (56 MB of XML) in about 0.21 s instead of 0.28 s, for 4 % more
     * bytes (the XLSX, often the last document to finish, 8.3 -> 8.6 MB). Lower levels gain little and are larger; for
     * the figures (metafiles, SVG) level 3 is slower than 4.
     */
    public static final int MARKUP_LEVEL = 3;

    /** PDFBox's system property for the level of its Flate filter. */
    static final String PDFBOX_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    private Compression() {
    }

    /**
     * Sets PDFBox's deflate level to {@link #LEVEL} unless the JVM was started with one (PDFBox reads it from a
     * system property for every stream it compresses).
     */
    public static void pdfbox() {
        if (System.getProperty(PDFBOX_LEVEL) == null) {
            System.setProperty(PDFBOX_LEVEL, Integer.toString(LEVEL));
        }
    }
}
