package quire.text;

import java.text.BreakIterator;
import java.util.Locale;
import quire.place.TextRange;

/**
 * The word and the paragraph around a place, for double- and triple-click. A word keeps its inner
 * apostrophes and hyphens ("can’t", "Uh-huh" are one word each); on a space or punctuation between
 * words, the unit is that character alone, as text editors do.
 */
public final class TextUnits {
    private TextUnits() {
    }

    /** The word at {@code offset} of block {@code block} whose text is {@code text}. */
    public static TextRange wordAt(int block, String text, int offset) {
        if (text.isEmpty()) {
            return TextRange.inBlock(block, 0, 0);
        }
        int at = Math.max(0, Math.min(offset, text.length() - 1));
        if (!isWordPart(text, at)) {
            int end = at + Character.charCount(text.codePointAt(at));
            return TextRange.inBlock(block, at, end);
        }
        int start = at;
        while (start > 0 && isWordPart(text, start - 1) && !(isJoiner(text.charAt(start - 1)) && !isLetter(text, start - 2))) {
            start--;
        }
        int end = at;
        while (end < text.length() && isWordPart(text, end) && !(isJoiner(text.charAt(end)) && !isLetter(text, end + 1))) {
            end++;
        }
        if (end == start) {
            end = start + 1;
        }
        return TextRange.inBlock(block, start, end);
    }

    /** The whole paragraph (leaf block) holding {@code block}. */
    public static TextRange paragraph(int block, String text) {
        return TextRange.inBlock(block, 0, text.length());
    }

    /** Boundaries of grapheme clusters, so a selection never splits a character. */
    public static int snap(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return Math.max(0, Math.min(offset, text.length()));
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        return characters.isBoundary(offset) ? offset : characters.preceding(offset);
    }

    private static boolean isWordPart(String text, int i) {
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c) || isJoiner(c);
    }

    /** Inside a word only: an apostrophe or hyphen between letters. */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isLetter(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
