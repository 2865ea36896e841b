package quire.layout;

/**
 * Where a line may end, for prose: after spaces, and after a hyphen, dash, slash or ellipsis that sits
 * between two words ("well-|known", "soul…|it’s", "and/|or"). Never inside a word, and never between a
 * quote mark or apostrophe and the letters it touches: "You’re" and "‘Buffy,’" stay whole, which the
 * JDK's line BreakIterator does not guarantee. A word longer than the line is split by the caller.
 */
final class BreakOpportunities {
    private BreakOpportunities() {
    }

    /** The first break opportunity after {@code from}, or {@code end} when there is none before it. */
    static int next(CharSequence text, int from, int end) {
        for (int i = from + 1; i < end; i++) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i);
            if (isSpace(before) && !isSpace(after)) {
                return i;
            }
            if (isBreakingPunctuation(before) && i >= 2 && isWordChar(text.charAt(i - 2)) && isWordChar(after)) {
                return i;
            }
        }
        return end;
    }

    /** Spaces a line may end after; they take no room at the end of a line. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u200b';
    }

    private static boolean isBreakingPunctuation(char c) {
        return c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2014' || c == '/' || c == '\u2026';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
