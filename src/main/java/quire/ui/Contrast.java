package quire.ui;

/** WCAG 2 contrast between two sRGB colours given as "#rrggbb": from 1 (none) to 21 (black on white). */
public final class Contrast {
    private Contrast() {
    }

    public static double ratio(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static String readableOn(String background) {
        return ratio("#000000", background) >= ratio("#ffffff", background) ? "#000000" : "#ffffff";
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
