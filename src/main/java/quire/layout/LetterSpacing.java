package quire.layout;

/**
 * Letter spacing as a last resort of justification, as fine typesetters use it: only a line whose word
 * spaces would otherwise grow past one and a half normal spaces gets it, and then only up to
 * {@link #MAX_EM} of an em between two letters, which a reader does not see as spaced-out type; the
 * word spaces stay at one and a half spaces until the letters have taken all they may. Only text of
 * simple characters is spaced (one UTF-16 unit and one grapheme each: Latin, Greek, Cyrillic and the
 * like), never ideographs, combining accents, emoji or text in a fixed-width font.
 */
final class LetterSpacing {
    /** The most room added between two letters: a tenth of a normal word space, in ems. */
    static final double MAX_EM = 0.023;
    /** The most room taken from between two letters, so that a line holds one word more. */
    static final double MAX_TIGHTER_EM = 0.012;

    private LetterSpacing() {
    }

    /** The room letter spacing may add to {@code [from, to)} of {@code text}: one step per letter gap. */
    static int gaps(String text, int from, int to) {
        return gaps(text.toCharArray(), from, to);
    }

    /** As {@link #gaps(String, int, int)}, over characters: the plain reading {@link #spacesEveryGap} is checked against. */
    static int gaps(char[] text, int from, int to) {
        int gaps = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (!isSpaceable(c)) {
                return 0;
            }
            if (i > from && c != ' ' && text[i - 1] != ' ') {
                gaps++;
            }
        }
        return gaps;
    }

    /**
     * True when every gap of {@code [from, to)} may be spaced: its characters are all {@linkplain #isSpaceable
     * spaceable} and none is a space, so {@link #gaps} would count one per gap (false when empty, true for
     * a lone character). Asked of every word of a justified paragraph, so most characters are answered
     * inside the loop.
     */
    static boolean spacesEveryGap(char[] text, int from, int to) {
        if (to - from <= 1) {
            return to > from; // one character has no gap, and gaps() answers 0 == 1 - 1 for it
        }
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c > ' ' && c < '\u007f' || c >= '\u2010' && c <= '\u2027') {
                continue;
            }
            if (c == ' ' || !isSpaceable(c)) {
                return false;
            }
        }
        return true;
    }

    /** True for a character drawn as a glyph of its own, so space may go between it and the next. */
    static boolean isSpaceable(char c) {
        if (c >= ' ' && c < '\u007f' || c >= '\u2010' && c <= '\u2027') {
            return true; // printable ASCII, dashes, quotes and ellipses: most of a story, answered at once
        }
        if (Character.isSurrogate(c) || Character.isIdeographic(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.FORMAT, Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.OTHER_LETTER -> false;
            default -> true;
        };
    }
}
