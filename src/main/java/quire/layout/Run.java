package quire.layout;

/**
 * Text to draw in one font with its left edge at {@code x}, measured from the page's content box.
 * {@code start} is where the run's first character sits in its block's text, so that a run of story text
 * covers {@code [start, start + text.length())} of the block: what selection, search and marks map onto.
 * A decoration that is not story text (a list bullet, a hyphen drawn only to break a line) has
 * {@code start == -1}.
 *
 * <p>{@code tracking} is letter spacing: extra room after each character but the last, in pixels. It is
 * zero except on the few justified lines whose word spaces alone cannot fill the measure without growing
 * past one and a half spaces (see {@link LetterSpacing}); such runs hold only characters that are one
 * UTF-16 unit and one grapheme each, so the view may draw them a character at a time.
 *
 * <p>{@code scale} is glyph expansion: how much wider (above 1) or narrower (below 1) than the font's
 * own the run's glyphs are drawn, horizontally only, within {@link GlyphExpansion}'s two per cent. It
 * goes with letter spacing, on the same lines, and is 1 everywhere else.
 *
 * <p>{@code effects} are {@link TextEffects} bits: underline, strike-through, superscript, subscript. A
 * superscript's or subscript's font is already its smaller size; {@link #shift()} says how far to draw it
 * off the line's baseline.
 */
public record Run(String text, FontSpec font, double x, int start, double tracking, double scale, int effects) {
    /** The {@link #start} of a run that is not the story's text. */
    public static final int NOT_TEXT = -1;

    public Run(String text, FontSpec font, double x, int start) {
        this(text, font, x, start, 0, 1, TextEffects.NONE);
    }

    public Run(String text, FontSpec font, double x, int start, double tracking) {
        this(text, font, x, start, tracking, 1, TextEffects.NONE);
    }

    public Run(String text, FontSpec font, double x, int start, double tracking, double scale) {
        this(text, font, x, start, tracking, scale, TextEffects.NONE);
    }

    /** A decoration: drawn, but not the author's text. */
    public static Run decoration(String text, FontSpec font, double x) {
        return new Run(text, font, x, NOT_TEXT);
    }

    public boolean isText() {
        return start >= 0;
    }

    /** The block offset just after the run's last character. */
    public int end() {
        return start + text.length();
    }

    public boolean isUnderlined() {
        return TextEffects.has(effects, TextEffects.UNDERLINE);
    }

    public boolean isStruckThrough() {
        return TextEffects.has(effects, TextEffects.STRIKETHROUGH);
    }

    /** How far below the line's baseline the run's baseline is: negative when raised (superscript). */
    public double shift() {
        return TextEffects.shift(effects, font.size());
    }

    public boolean isTracked() {
        return tracking != 0;
    }

    /** True when the run's glyphs are drawn wider or narrower than the font's own. */
    public boolean isExpanded() {
        return scale != 1;
    }

    /** The run's drawn width, its letter spacing and glyph expansion included. */
    public double width(TextMeasurer measurer) {
        return prefixWidth(text.length(), measurer);
    }

    /** How far right of {@link #x} the boundary before the run's character {@code length} is drawn. */
    public double prefixWidth(int length, TextMeasurer measurer) {
        if (length == 0) {
            return 0;
        }
        return width(length == text.length() ? text : text.substring(0, length), font, tracking, scale, measurer)
                + (length < text.length() ? tracking : 0);
    }

    /** The drawn width of {@code text} in {@code font} with this letter spacing and glyph expansion. */
    static double width(String text, FontSpec font, double tracking, double scale, TextMeasurer measurer) {
        if (text.isEmpty()) {
            return 0;
        }
        return measurer.width(text, font) * scale + tracking * (text.length() - 1);
    }
}
