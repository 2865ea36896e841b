package quire.layout;

/**
 * How text is set: the reading font, its size in pixels, line spacing as a multiple of the size (1.5
 * is a line box of one and a half times the font size), paragraph style, justification, hyphenation
 * (with the story's language's patterns, when there are any), hanging punctuation, and whether each
 * chapter starts on a new page (off, chapters run on).
 */
public record Typography(String fontFamily, double fontSize, double lineSpacing, ParagraphStyle paragraphStyle,
                         boolean justify, boolean hyphenate, boolean hangingPunctuation, boolean chapterOnNewPage) {

    public enum ParagraphStyle { INDENT, SPACED }

    /** As printed books are set: justified, hyphenated, punctuation hanging. */
    public static final Typography DEFAULT = new Typography("Serif", 20, 1.5, ParagraphStyle.INDENT, true, true,
            true, true);

    public Typography {
        if (!(fontSize > 0) || !(lineSpacing >= 1)) {
            throw new IllegalArgumentException("font size must be positive and line spacing at least 1");
        }
    }

    /** Each chapter on a new page, as in a printed book. */
    public Typography(String fontFamily, double fontSize, double lineSpacing, ParagraphStyle paragraphStyle,
                      boolean justify, boolean hyphenate, boolean hangingPunctuation) {
        this(fontFamily, fontSize, lineSpacing, paragraphStyle, justify, hyphenate, hangingPunctuation, true);
    }

    /** Justified or not, with no hyphenation and no hanging punctuation. */
    public Typography(String fontFamily, double fontSize, double lineSpacing, ParagraphStyle paragraphStyle,
                      boolean justify) {
        this(fontFamily, fontSize, lineSpacing, paragraphStyle, justify, false, false);
    }

    public Typography withFontSize(double size) {
        return new Typography(fontFamily, size, lineSpacing, paragraphStyle, justify, hyphenate, hangingPunctuation,
                chapterOnNewPage);
    }
}
