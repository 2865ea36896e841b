package quire.layout;

import java.util.Arrays;

/**
 * Where a word of a block's text may take a hyphen. Liang's patterns say where inside a word; these
 * rules say which words: none with a digit, none in capitals only, none inside a URL or an e-mail
 * address, and none in a word that already has a hyphen or dash (that is its break, and gets no second
 * hyphen). Apostrophes split a word into parts hyphenated on their own ("everything’s").
 */
final class WordHyphens {
    /** No hyphenation points: one shared empty array. */
    static final int[] NONE = new int[0];

    private WordHyphens() {
    }

    /** A letter, answered at once for ASCII: the breaker asks this of every character of every word it may hyphenate. */
    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    /** Block offsets in {@code [from, to)} where a hyphen may be drawn, ascending. */
    static int[] points(String text, int from, int to, Hyphenator hyphenator) {
        return points(text.toCharArray(), from, to, hyphenator, new HyphenMemo());
    }

    /**
     * As {@link #points(String, int, int, Hyphenator)}, over a block's characters: the breaker asks this of
     * every word of a paragraph that needs hyphens, and under the client compiler a {@code String}'s
     * {@code charAt} on text with curly quotes is a call with its own bounds check. The words' points are
     * kept in {@code memo}.
     */
    static int[] points(char[] text, int from, int to, Hyphenator hyphenator, HyphenMemo memo) {
        int tokenStart = from;
        while (tokenStart > 0 && !BreakOpportunities.isSpace(text[tokenStart - 1]) && text[tokenStart - 1] != '\n') {
            tokenStart--;
        }
        int tokenEnd = to;
        while (tokenEnd < text.length && !BreakOpportunities.isSpace(text[tokenEnd]) && text[tokenEnd] != '\n') {
            tokenEnd++;
        }
        if (!mayHyphenate(text, tokenStart, tokenEnd)) {
            return NONE;
        }
        int[] found = NONE;
        int i = from;
        while (i < to) {
            if (!isLetter(text[i])) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < to && isLetter(text[wordEnd])) {
                wordEnd++;
            }
            if (hasLowerCase(text, i, wordEnd)) {
                int[] points = memo.points(text, i, wordEnd, hyphenator);
                int base = found.length;
                found = Arrays.copyOf(found, base + points.length);
                for (int k = 0; k < points.length; k++) {
                    found[base + k] = i + points[k];
                }
            }
            i = wordEnd;
        }
        return found;
    }

    /** True unless the word is in capitals only (it would read the same upper-cased). */
    private static boolean hasLowerCase(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (Character.isLowerCase(c) || Character.toUpperCase(c) != c) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHyphenate(char[] text, int start, int end) {
        if (startsWithWww(text, start, end)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            // "/" also rules out a URL's "://"
            if (c == '@' || (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c))
                    || c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2014' || c == '/' || c == '_'
                    || c == '\u00ad') {
                return false;
            }
        }
        return true;
    }

    /** True when the token starts "www." in any case: a web address. */
    private static boolean startsWithWww(char[] text, int start, int end) {
        if (end - start < 4 || text[start + 3] != '.') {
            return false;
        }
        for (int i = start; i < start + 3; i++) {
            if (text[i] != 'w' && text[i] != 'W') {
                return false;
            }
        }
        return true;
    }
}
