package quire.marks;

import java.util.List;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.text.CopyText;

/**
 * The words a mark covers, exactly as written, with up to {@link #CONTEXT} characters before and after
 * (in the same paragraph). The context tells two copies of the same words apart when the story changes.
 * {@code copies} is how many times the words stood in the story when the quote was taken (0 when that
 * is not known): words that stood there twice cannot be followed far away, since the copy found there
 * may be the other one; words that stood there once and still do are these words, wherever they are.
 */
public record TextQuote(String prefix, String exact, String suffix, int copies) {
    public static final int CONTEXT = 32;

    public TextQuote {
        prefix = prefix == null ? "" : prefix;
        exact = exact == null ? "" : exact;
        suffix = suffix == null ? "" : suffix;
        copies = Math.max(0, copies);
    }

    /** A quote whose number of copies is not known. */
    public TextQuote(String prefix, String exact, String suffix) {
        this(prefix, exact, suffix, 0);
    }

    /** The quote of {@code range} in a story whose paragraphs are {@code blockTexts}. */
    public static TextQuote of(List<String> blockTexts, TextRange range) {
        return of(blockTexts, range, String.join(FlatText.BETWEEN_BLOCKS, blockTexts));
    }

    /**
     * The words a reading place starts with (up to {@link MarkBook#BOOKMARK_WORDS} characters, as a
     * bookmark quotes a page), for finding the place again in a changed text. Cheap enough for every
     * page turn: the copies are not counted.
     */
    public static TextQuote ofPlace(List<String> blockTexts, Anchor place) {
        return uncounted(blockTexts, MarkBook.firstWords(place, blockTexts));
    }

    /** As {@link #of(List, TextRange)}, with the story's paragraphs already joined as {@link FlatText} joins them. */
    static TextQuote of(List<String> blockTexts, TextRange range, String joined) {
        String exact = CopyText.of(blockTexts, range);
        String prefix = "";
        String suffix = "";
        if (range.start().block() < blockTexts.size()) {
            String first = blockTexts.get(range.start().block());
            int at = Math.min(range.start().offset(), first.length());
            prefix = first.substring(Math.max(0, at - CONTEXT), at);
        }
        if (range.end().block() < blockTexts.size()) {
            String last = blockTexts.get(range.end().block());
            int at = Math.min(range.end().offset(), last.length());
            suffix = last.substring(at, Math.min(last.length(), at + CONTEXT));
        }
        return new TextQuote(prefix, exact, suffix, exact.isEmpty() ? 0 : occurrences(joined, exact));
    }

    /** The quote of {@code range} with its copies not counted (0): for when they are known, or not needed. */
    static TextQuote uncounted(List<String> blockTexts, TextRange range) {
        return of(blockTexts, range, "");
    }

    /** The same quote, known to stand {@code count} times in its story. */
    TextQuote withCopies(int count) {
        return new TextQuote(prefix, exact, suffix, count);
    }

    /** True when both quote the same words with the same context (however many copies each counted). */
    boolean sameWords(TextQuote other) {
        return prefix.equals(other.prefix) && exact.equals(other.exact) && suffix.equals(other.suffix);
    }

    static int occurrences(String text, String piece) {
        int count = 0;
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            count++;
        }
        return count;
    }
}
