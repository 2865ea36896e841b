package quire.layout;

/**
 * Where a breaker ends one line: block text {@code [start, end)}, whether a hyphen is drawn after it,
 * how far its first and last marks hang into the margins (pixels), and whether the breaker counted on
 * letter spacing ({@link LetterSpacing}, and {@link GlyphExpansion} unless compared without it) to fill it.
 */
record LineRange(int start, int end, boolean hyphenated, double hangStart, double hangEnd, boolean letterSpaced) {
    static LineRange plain(int start, int end) {
        return new LineRange(start, end, false, 0, 0, false);
    }
}
