package quire.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import quire.place.TextRange;
import quire.text.CopyText;

/**
 * Finds each mark's words in the story as it is now, trying in turn: the mark's own place (its words
 * are still there, and so is their context), the words with their context elsewhere (a typo fixed
 * before them, a paragraph added), then a close match of the words with their context (a word changed
 * inside them). Curly and straight quotes count as the same. Each step checks the context around the
 * words, and a place that is not clearly better than every other is not taken: a mark that cannot be
 * placed with confidence is kept as it was, marked not found, and never moved onto other words.
 */
public final class Reanchor {
    /** How a mark was found again. */
    public enum How { EXACT, QUOTE, FUZZY, NOT_FOUND }

    public record Result(Mark mark, How how) {
    }

    /** Words found unchanged this far from their old place (in edits, see {@link CloseMatch#distanceCost}) may be a copy. */
    static final double FAR = 3.0;

    private final List<String> blocks;
    private final FlatText flat;

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
        QuoteContext quote = QuoteContext.of(mark.quote());
        if (quote.words().isEmpty()) {
            return new Result(mark.lost(), How.NOT_FOUND);
        }
        String text = flat.matchable();
        int expected = flat.offsetOf(mark.range().start()) + 1; // where the words were, in the matchable text
        if (inStory(mark.range()) && CopyText.of(blocks, mark.range()).equals(mark.quote().exact())) {
            if (QuoteMatch.contextHolds(text, quote, expected, expected + quote.words().length())) {
                TextQuote now = TextQuote.uncounted(blocks, mark.range());
                // An unchanged quote keeps its count of copies; a changed one is counted again.
                TextQuote quoted = now.sameWords(mark.quote()) ? mark.quote() : TextQuote.of(blocks, mark.range(), flat.text());
                return new Result(mark.movedTo(mark.range(), quoted), How.EXACT);
            }
        }
        if (ContextBracket.cutOutNear(text, quote, expected)) {
            return new Result(mark.lost(), How.NOT_FOUND); // its context closed up over it: the words are gone
        }
        Result placed = elsewhere(mark, quote, text, expected);
        boolean far = placed.how() != How.NOT_FOUND
                && CloseMatch.distanceCost(flat.offsetOf(placed.mark().range().start()) + 1, expected) >= FAR;
        if (far && (placed.how() == How.FUZZY || mark.quote().copies() > 1
                || ContextBracket.contextRemainsNear(text, quote, expected))) {
            // Words both changed and far away, words that stood in the story more than once, or words whose
            // context still partly stands where they were (the passage was edited there): what is far
            // away may be another copy of them.
            return new Result(mark.lost(), How.NOT_FOUND);
        }
        return placed;
    }

    /** The mark's words found away from their own place: by their quote, or by a close match. */
    private Result elsewhere(Mark mark, QuoteContext quote, String text, int expected) {
        Optional<QuoteMatch.Copy> copy = QuoteMatch.best(text, quote, mark.quote().copies());
        if (copy.isPresent() && CloseMatch.distanceCost(copy.get().start(), expected) < FAR) {
            int at = copy.get().start();
            return new Result(placedAt(mark, at, at + quote.words().length(), copy.get().copies()), How.QUOTE);
        }
        if (copy.isPresent() && (copy.get().wholeContextAgrees() || mark.quote().copies() == 1 && copy.get().copies() == 1)) {
            return farCopyOrChangedWords(mark, quote, text, copy.get().start(), expected);
        }
        Optional<CloseMatch.Placed> close = CloseMatch.find(text, quote, expected);
        return close.map(p -> new Result(placedAt(mark, p.start(), p.end()), How.FUZZY))
                .orElseGet(() -> new Result(mark.lost(), How.NOT_FOUND));
    }

    /**
     * The words were found unchanged with all their context, but far from where they were: they may
     * have moved, or the marked copy may have been changed where it stands and this be another copy
     * (one far away with only some of the context is never taken). The changed words in their
     * old context near the old place are taken instead when they cost clearly less (edits and distance);
     * when neither is clearly the better, the mark is not placed.
     */
    private Result farCopyOrChangedWords(Mark mark, QuoteContext quote, String text, int byQuote, int expected) {
        ContextBracket.Place copy = new ContextBracket.Place(byQuote, byQuote + quote.words().length(),
                CloseMatch.distanceCost(byQuote, expected));
        List<ContextBracket.Place> changed = ContextBracket.places(text, quote, expected).stream()
                .filter(p -> !p.overlaps(copy)).toList();
        Optional<ContextBracket.Place> near = ContextBracket.clearlyBest(changed, quote, Optional.of(copy));
        if (near.isPresent()) {
            return new Result(placedAt(mark, near.get().start(), near.get().end()), How.FUZZY);
        }
        boolean contested = ContextBracket.clearlyBest(List.of(copy), quote,
                changed.stream().min(Comparator.comparingDouble(ContextBracket.Place::cost))).isEmpty();
        return contested ? new Result(mark.lost(), How.NOT_FOUND)
                : new Result(placedAt(mark, copy.start(), copy.end()), How.QUOTE);
    }

    /** The mark at {@code [start, end)} of the matchable text, its quote taken again there. */
    private Mark placedAt(Mark mark, int start, int end) {
        return placedAt(mark, start, end, -1);
    }

    /** As above, the new quote's copies already counted ({@code copies}), or counted here when -1. */
    private Mark placedAt(Mark mark, int start, int end, int copies) {
        int length = flat.text().length();
        int from = Math.max(0, Math.min(length, start - 1));
        int to = Math.max(from, Math.min(length, end - 1));
        TextRange range = new TextRange(flat.anchorAt(from), flat.anchorAt(to));
        TextQuote quote = copies < 0 ? TextQuote.of(blocks, range, flat.text())
                : TextQuote.uncounted(blocks, range).withCopies(copies);
        return mark.movedTo(range, quote);
    }

    private boolean inStory(TextRange range) {
        return range.end().block() < blocks.size()
                && range.end().offset() <= blocks.get(range.end().block()).length()
                && range.start().offset() <= blocks.get(range.start().block()).length();
    }
}
