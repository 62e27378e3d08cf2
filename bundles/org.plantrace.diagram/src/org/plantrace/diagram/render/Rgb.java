package org.plantrace.diagram.render;

/** A colour, 0-255 per channel. */
public record Rgb(int red, int green, int blue) {

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    /** As {@code #rrggbb}. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    public int argb() {
        return 0xff000000 | red << 16 | green << 8 | blue;
    }
}
