package org.plantrace.diagram.layout;

/** One line of text placed in the diagram: left end of its baseline at ({@code x}, {@code baseline}). */
public record TextLine(String text, Font font, double x, double baseline) {

    public double width() {
        return TextMetrics.width(text, font);
    }
}
