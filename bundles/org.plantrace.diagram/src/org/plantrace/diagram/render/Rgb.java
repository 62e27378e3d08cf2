package org.plantrace.diagram.render;

/** A colour, 0-255 per channel. */
public record Rgb(int red, int green, int blue) {

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    /**
     * As {@code #rrggbb} ({@code String.format("#%02x%02x%02x", ...)}, without a formatter: the SVG of the 100x
     * model's figures asks for a colour about a million times).
     */
    public String hex() {
        if ((red | green | blue) >>> 8 != 0) {
            return String.format("#%02x%02x%02x", red, green, blue); // out of range: as the formatter writes it
        }
        return new String(new char[] {'#', DIGITS[red >> 4], DIGITS[red & 15], DIGITS[green >> 4], DIGITS[green & 15],
                DIGITS[blue >> 4], DIGITS[blue & 15]});
    }

    public int argb() {
        return 0xff000000 | red << 16 | green << 8 | blue;
    }
}
