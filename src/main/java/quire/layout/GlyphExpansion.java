package quire.layout;

/**
 * Glyph expansion, the other half of justification's last resort (Hermann Zapf's idea, as pdfTeX and
 * InDesign's glyph scaling use it): a line that word spaces cannot fill within one and a half spaces may
 * draw its letters up to {@link #MAX_STRETCH} wider, and a line they cannot fit into at two thirds of a
 * space may draw them up to {@link #MAX_SHRINK} narrower, than the font's own, horizontally only. Two
 * per cent is the amount microtype uses by default; a reader does not see it as a different font, and
 * it spreads over the letters what letter spacing alone would put between them. It applies to the same
 * text as {@link LetterSpacing}, and the two move together: a line takes the same share of each one's
 * limit.
 */
final class GlyphExpansion {
    /** The most a glyph is drawn wider than the font's own, as a fraction of its width. */
    static final double MAX_STRETCH = 0.02;
    /** The most a glyph is drawn narrower than the font's own. */
    static final double MAX_SHRINK = 0.02;

    private GlyphExpansion() {
    }
}
