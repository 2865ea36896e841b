package quire.layout;

/**
 * Where a line may end, for prose: after spaces, and after a hyphen, dash, slash or ellipsis that sits
 * between two words ("well-|known", "soul…|it’s", "and/|or"). Never inside a word, and never between a
 * quote mark or apostrophe and the letters it touches: "You’re" and "‘Buffy,’" stay whole, which the
 * JDK's line BreakIterator does not guarantee. A word longer than the line is split by the caller.
 *
 * <p>Scripts written without spaces (Chinese, Japanese) break between characters, as Unicode line
 * breaking (UAX #14) allows for ideographs and kana: never before closing punctuation, small kana or
 * the prolonged sound mark, and never after opening brackets or quotes.
 */
final class BreakOpportunities {
    private BreakOpportunities() {
    }

    /**
     * The first break opportunity after {@code from}, or {@code end} when there is none before it. Over
     * the block's characters as an array: this loop runs over every character of a long story at each
     * layout, and under the client compiler a {@code String}'s {@code charAt} on text with curly quotes
     * (UTF-16) is a call with its own bounds check.
     */
    static int next(char[] text, int from, int end) {
        char after = from < end ? text[from] : 0;
        for (int i = from + 1; i < end; i++) {
            char before = after;
            after = text[i];
            if (before < '\u2e80' && after < '\u2e80' && isLetterOrDigit(before) && isLetterOrDigit(after)) {
                continue; // inside a word: the common case, and no rule breaks there
            }
            if (isSpace(before) && !isSpace(after)) {
                return i;
            }
            if (isBreakingPunctuation(before) && i >= 2 && isWordChar(text[i - 2]) && isWordChar(after)) {
                return i;
            }
            if (isIdeographicBreak(before, after)) {
                return i;
            }
        }
        return end;
    }

    /** A letter or digit, answered at once for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** Spaces a line may end after; they take no room at the end of a line. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u200b';
    }

    /** A break between two characters, at least one of them ideographic, that UAX #14 allows. */
    static boolean isIdeographicBreak(char before, char after) {
        if (!isIdeographic(before) && !isIdeographic(after) || isSpace(before) || isSpace(after)) {
            return false;
        }
        return NO_BREAK_BEFORE.indexOf(after) < 0 && NO_BREAK_AFTER.indexOf(before) < 0;
    }

    /** Closing punctuation, small kana and marks that may not start a line (UAX #14 CL, CP, EX, IS, NS). */
    private static final String NO_BREAK_BEFORE = "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3009\u300b"
            + "\uff01\uff1f\uff1a\uff1b\u30fc\u3005\u309d\u309e\u30fd\u30fe\u30fb\u301f"
            + "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e"
            + "\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6"
            + ",.!?:;)]}\u201d\u2019\u2026\u00bb";
    /** Opening brackets and quotes that may not end a line (UAX #14 OP, and opening QU). */
    private static final String NO_BREAK_AFTER = "\uff08\u300c\u300e\u3010\u3008\u300a\u301d([{\u201c\u2018\u00ab";

    private static boolean isIdeographic(char c) {
        if (c < '\u2e80') { // below CJK radicals no character is Han, kana or CJK punctuation: most text stops here
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c >= '\u3000' && c <= '\u303f'
                || c >= '\uff00' && c <= '\uffef';
    }

    private static boolean isBreakingPunctuation(char c) {
        return c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2014' || c == '/' || c == '\u2026';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
