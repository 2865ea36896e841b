package quire.marks;

/**
 * Where a piece of text next stands within a stretch of a longer one. {@link String#indexOf} would go
 * on to the end of the story when the piece is not near: in a long story, looked for near each of
 * many places, that is what made re-anchoring slow.
 */
final class Find {
    private Find() {
    }

    /** The first start at or after {@code from} where {@code piece} lies wholly before {@code to}, or -1. */
    static int within(String text, String piece, int from, int to) {
        int last = Math.min(to, text.length()) - piece.length();
        if (piece.isEmpty()) {
            return from <= last ? Math.max(0, from) : -1;
        }
        char first = piece.charAt(0);
        for (int at = Math.max(0, from); at <= last; at++) {
            if (text.charAt(at) == first && text.startsWith(piece, at)) {
                return at;
            }
        }
        return -1;
    }
}
