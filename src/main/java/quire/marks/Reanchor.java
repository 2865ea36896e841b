package quire.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import quire.layout.TextRange;
import quire.text.CopyText;
import quire.text.SearchFolding;

/**
 * Finds each mark's words in the story as it is now, trying in turn: the mark's own place (its words are
 * still there), the quote with its context (the words moved: a typo fixed before them, a paragraph
 * added), then a close match of the quote (the words were lightly reworded). A mark found none of these
 * ways is kept as it was, marked not found: it is never moved onto words that are not its own.
 */
public final class Reanchor {
    /** How a mark was found again. */
    public enum How { EXACT, QUOTE, FUZZY, NOT_FOUND }

    public record Result(Mark mark, How how) {
    }

    /** A quote of fewer characters says too little to be matched loosely. */
    static final int FUZZY_MIN_LENGTH = 12;
    /** Longer quotes are not matched loosely: the cost grows with the quote's length. */
    static final int FUZZY_MAX_LENGTH = 2000;
    /** How far from the mark's old place a loose match is looked for, in characters. */
    static final int FUZZY_WINDOW = 40_000;

    private final List<String> blocks;
    private final FlatText flat;
    private SearchFolding.Folded folded;

    public Reanchor(List<String> blockTexts) {
        this.blocks = blockTexts;
        this.flat = new FlatText(blockTexts);
    }

    /** Every mark found again (or kept as not found), in story order. */
    public List<Mark> all(List<Mark> marks) {
        List<Mark> placed = new ArrayList<>(marks.size());
        for (Mark mark : marks) {
            placed.add(find(mark).mark());
        }
        placed.sort(Comparator.comparing((Mark m) -> m.range().start()).thenComparing(Mark::id));
        return placed;
    }

    public Result find(Mark mark) {
        String exact = mark.quote().exact();
        if (exact.isEmpty()) {
            return new Result(mark.lost(), How.NOT_FOUND);
        }
        if (inStory(mark.range()) && CopyText.of(blocks, mark.range()).equals(exact)) {
            return new Result(mark.movedTo(mark.range(), mark.quote()), How.EXACT);
        }
        int expected = flat.offsetOf(mark.range().start());
        int byQuote = QuoteMatch.best(flat.text(), mark.quote(), expected);
        if (byQuote >= 0) {
            return new Result(placedAt(mark, byQuote, byQuote + exact.length()), How.QUOTE);
        }
        return fuzzy(mark, expected);
    }

    private Result fuzzy(Mark mark, int expected) {
        String pattern = SearchFolding.foldQuery(mark.quote().exact());
        if (pattern.length() < FUZZY_MIN_LENGTH || pattern.length() > FUZZY_MAX_LENGTH) {
            return new Result(mark.lost(), How.NOT_FOUND);
        }
        SearchFolding.Folded text = folded();
        int centre = foldedOffset(text, expected);
        int from = Math.max(0, centre - FUZZY_WINDOW);
        int to = Math.min(text.text().length(), centre + FUZZY_WINDOW + pattern.length());
        var match = ApproximateMatch.best(text.text(), from, to, pattern, pattern.length() / 4);
        if (match.isEmpty()) {
            return new Result(mark.lost(), How.NOT_FOUND);
        }
        int start = text.originalStart(match.get().start());
        int end = text.originalEnd(match.get().end(), flat.text().length());
        return new Result(placedAt(mark, start, end), How.FUZZY);
    }

    private Mark placedAt(Mark mark, int start, int end) {
        TextRange range = new TextRange(flat.anchorAt(start), flat.anchorAt(end));
        return mark.movedTo(range, TextQuote.of(blocks, range));
    }

    private boolean inStory(TextRange range) {
        return range.end().block() < blocks.size()
                && range.end().offset() <= blocks.get(range.end().block()).length()
                && range.start().offset() <= blocks.get(range.start().block()).length();
    }

    private SearchFolding.Folded folded() {
        if (folded == null) {
            folded = SearchFolding.fold(flat.text());
        }
        return folded;
    }

    /** The folded offset of the original offset {@code original}: origins only grow, so a binary search. */
    private static int foldedOffset(SearchFolding.Folded text, int original) {
        int[] origin = text.origin();
        int low = 0;
        int high = origin.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (origin[mid] < original) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Math.min(low, text.text().length());
    }
}
