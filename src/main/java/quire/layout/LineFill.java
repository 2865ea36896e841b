package quire.layout;

/**
 * How a line's slack (the measure less its natural width, negative when it is too wide) is shared:
 * {@code perSpace} added to each word space, {@code tracking} to each letter gap, and {@code scale} the
 * glyphs' width (1 = the font's own).
 *
 * <p>Full lines stretch or shrink to the measure; a paragraph's last line only shrinks, when the breaker
 * let it (by a third of a space at most, as its glue allows). Word spaces take the slack first, up to
 * one and a half spaces (or down to two thirds); only then the letters, when the breaker counted on
 * them: spacing ({@link LetterSpacing}) and glyph width ({@link GlyphExpansion}) together, each by the
 * same share of its limit; and past their limits the spaces again.
 */
record LineFill(double perSpace, double tracking, double scale) {

    /** The letters of a line that may be spaced and expanded: their gaps, and their natural width. */
    record Letters(int gaps, double width) {
        static final Letters NONE = new Letters(0, 0);

        boolean any() {
            return width > 0;
        }
    }

    /**
     * @param gaps           the line's word spaces
     * @param spaceRoom      their natural width together
     * @param letters        the letters that may move, or {@link Letters#NONE}
     * @param full           whether the line is justified to the measure (not a paragraph's last)
     * @param em             the font size
     * @param glyphExpansion whether glyph widths may change as well as letter spacing
     */
    static LineFill of(double slack, int gaps, double spaceRoom, Letters letters, boolean full, double em,
                       boolean glyphExpansion) {
        double wordStretch = spaceRoom / 2;
        double wordShrink = spaceRoom / 3;
        double share = 0;
        double absorbed = 0;
        if (letters.any()) {
            double widen = LetterSpacing.MAX_EM * em * letters.gaps()
                    + (glyphExpansion ? GlyphExpansion.MAX_STRETCH * letters.width() : 0);
            double narrow = LetterSpacing.MAX_TIGHTER_EM * em * letters.gaps()
                    + (glyphExpansion ? GlyphExpansion.MAX_SHRINK * letters.width() : 0);
            if (full && slack > wordStretch && widen > 0) {
                share = Math.min(1, (slack - wordStretch) / widen);
                absorbed = share * widen;
            } else if (slack < -wordShrink && narrow > 0) {
                share = Math.max(-1, (slack + wordShrink) / narrow);
                absorbed = share * narrow;
            }
        }
        double tracking = share * (share > 0 ? LetterSpacing.MAX_EM : LetterSpacing.MAX_TIGHTER_EM) * em;
        double scale = !glyphExpansion ? 1
                : 1 + share * (share > 0 ? GlyphExpansion.MAX_STRETCH : GlyphExpansion.MAX_SHRINK);
        double rest = slack - absorbed;
        if (gaps == 0) {
            return new LineFill(0, tracking, scale);
        }
        double perSpace = full ? rest / gaps : Math.min(0, rest / gaps);
        return new LineFill(Math.max(-wordShrink / gaps, perSpace), tracking, scale);
    }
}
