package org.plantrace.docgen.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading generated PDF files back with PDFBox. */
final class Pdf {

    private Pdf() {
    }

    /** The content of each page (its content streams, inflated). */
    static List<byte[]> contents(byte[] pdf) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                try (java.io.InputStream in = page.getContents()) {
                    out.add(in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** The text of each page. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc));
            }
            return pages;
        }
    }
}
