package quire.marks;

/**
 * Curly and straight quotes as one, and any space as a plain space, without changing the text's
 * length: an author who straightens their quotes (or an editor that curls them) has not changed their
 * words, and because every character folds to exactly one, an offset in the folded text is the same
 * offset in the story.
 */
final class QuoteFolding {
    private QuoteFolding() {
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
            case '\u00a0', '\u2007', '\u202f', '\t' -> ' ';
            default -> c;
        };
    }
}
