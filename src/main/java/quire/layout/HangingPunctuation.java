package quire.layout;

/**
 * Optical margin alignment: how much of a character's width may hang outside the text column so the
 * edge looks straight. Quotes are light marks and hang most; periods, commas and hyphens about half.
 * Factors follow common practice in book setting (e.g. pdfTeX's protrusion defaults), not a standard.
 */
final class HangingPunctuation {
    private HangingPunctuation() {
    }

    /** The share of {@code c}'s width that hangs into the left margin at the start of a line. */
    static double atStart(char c) {
        return switch (c) {
            case '\u201c', '\u201e', '"', '\u00ab' -> 0.7;
            case '\u2018', '\'', '\u2039' -> 0.5;
            default -> 0;
        };
    }

    /** The share of {@code c}'s width that hangs into the right margin at the end of a line. */
    static double atEnd(char c) {
        return switch (c) {
            case '\u201d', '"', '\u00bb' -> 0.7;
            case '\u2019', '\'', '\u203a' -> 0.5;
            case '.', ',', '-', '\u2010' -> 0.5;
            default -> 0;
        };
    }
}
