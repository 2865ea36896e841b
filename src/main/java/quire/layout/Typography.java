package quire.layout;

/**
 * How text is set: the reading font, its size in pixels, line spacing as a multiple of the size (1.5
 * is a line box of one and a half times the font size), paragraph style and justification.
 */
public record Typography(String fontFamily, double fontSize, double lineSpacing, ParagraphStyle paragraphStyle,
                         boolean justify) {

    public enum ParagraphStyle { INDENT, SPACED }

    public static final Typography DEFAULT = new Typography("Serif", 20, 1.5, ParagraphStyle.INDENT, false);

    public Typography {
        if (!(fontSize > 0) || !(lineSpacing >= 1)) {
            throw new IllegalArgumentException("font size must be positive and line spacing at least 1");
        }
    }

    public Typography withFontSize(double size) {
        return new Typography(fontFamily, size, lineSpacing, paragraphStyle, justify);
    }
}
