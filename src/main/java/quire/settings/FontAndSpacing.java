package quire.settings;

/**
 * The type and the room around it: the font family, its size in pixels, the line spacing as a multiple of
 * that size, and {@code marginScale}, which widens (above 1) or narrows (below 1) the page margins.
 * Out-of-range values are pulled into range, so a hand-edited file cannot break the layout.
 */
public record FontAndSpacing(String fontFamily, double fontSize, double lineSpacing, double marginScale) {
    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 48;
    public static final double DEFAULT_FONT_SIZE = 20;
    public static final double MIN_LINE_SPACING = 1.0;
    public static final double MAX_LINE_SPACING = 2.5;
    public static final double MIN_MARGIN_SCALE = 0.25;
    public static final double MAX_MARGIN_SCALE = 3.0;
    private static final String DEFAULT_FAMILY = "Serif";
    private static final double DEFAULT_LINE_SPACING = 1.5;
    private static final double DEFAULT_MARGIN_SCALE = 1.0;

    public static final FontAndSpacing DEFAULTS = new FontAndSpacing(DEFAULT_FAMILY, DEFAULT_FONT_SIZE,
            DEFAULT_LINE_SPACING, DEFAULT_MARGIN_SCALE);

    public FontAndSpacing {
        fontFamily = fontFamily == null || fontFamily.isBlank() ? DEFAULT_FAMILY : fontFamily.strip();
        fontSize = clamp(fontSize, MIN_FONT_SIZE, MAX_FONT_SIZE, DEFAULT_FONT_SIZE);
        lineSpacing = clamp(lineSpacing, MIN_LINE_SPACING, MAX_LINE_SPACING, DEFAULT_LINE_SPACING);
        marginScale = clamp(marginScale, MIN_MARGIN_SCALE, MAX_MARGIN_SCALE, DEFAULT_MARGIN_SCALE);
    }

    private static double clamp(double value, double min, double max, double fallback) {
        if (Double.isNaN(value)) {
            return fallback;
        }
        return Math.max(min, Math.min(max, value));
    }

    public FontAndSpacing withFontFamily(String family) {
        return new FontAndSpacing(family, fontSize, lineSpacing, marginScale);
    }

    public FontAndSpacing withFontSize(double size) {
        return new FontAndSpacing(fontFamily, size, lineSpacing, marginScale);
    }

    public FontAndSpacing withLineSpacing(double spacing) {
        return new FontAndSpacing(fontFamily, fontSize, spacing, marginScale);
    }

    public FontAndSpacing withMarginScale(double scale) {
        return new FontAndSpacing(fontFamily, fontSize, lineSpacing, scale);
    }
}
