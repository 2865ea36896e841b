package quire.marks;

/**
 * Where a quote's exact words are in a text, chosen by how well the context agrees around them
 * ({@link QuoteContext#agreement}). A copy is taken only when its context agrees enough, and clearly
 * better than any other copy's: words that occur many times need {@link #CONTEXT_NEEDED} characters
 * of agreeing context, words that occur only once still need {@link #ALONE_NEEDED} (the marked copy
 * may have been deleted and this be another), short words need more ({@link #needed}), and two copies
 * whose contexts agree about as well are not guessed between. Words that stood in the story only once
 * when they were marked, and still stand in it only once, are taken whatever their context says.
 */
final class QuoteMatch {
    /** Look no further than this many copies of the words. */
    static final int MAX_CANDIDATES = 10_000;
    static final int CONTEXT_NEEDED = 16;
    static final int ALONE_NEEDED = 12;
    static final int MATCHED_NEEDED = 28;
    static final int MATCHED_ALONE = 24;
    static final int OWN_PLACE_NEEDED = 12;
    static final int OWN_PLACE_MATCHED = 20;
    /** Words that stand only once in the story, at the very place they were marked, need only this much. */
    static final int OWN_PLACE_ALONE = 8;
    /** The best copy's agreement must beat the next best by this much. */
    static final int MARGIN = 4;

    private QuoteMatch() {
    }

    /** The chosen copy: where it starts in the matchable text, and whether all its context agrees. */
    /** {@code copies}: how many copies of the words the text holds now. */
    record Copy(int start, boolean wholeContextAgrees, int copies) {
    }

    /** The copy of {@code quote.words()} in {@code text} (a matchable text) whose context agrees, if one does. */
    static java.util.Optional<Copy> best(String text, QuoteContext quote, int copies) {
        String words = quote.words();
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        int bestAt = -1;
        int bestScore = -1;
        int secondScore = -1;
        int count = 0;
        for (int at = text.indexOf(words); at >= 0 && count < MAX_CANDIDATES; at = text.indexOf(words, at + 1)) {
            if (!quote.sameWordEdges(text, at, at + words.length())) {
                continue; // inside a longer word, where the marked words were whole
            }
            count++;
            int score = quote.agreement(text, at, at + words.length());
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                bestAt = at;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (bestAt < 0 || count >= MAX_CANDIDATES) {
            return java.util.Optional.empty();
        }
        boolean clear = secondScore < 0 || bestScore - secondScore >= MARGIN;
        boolean stillTheOnlyCopy = count == 1 && copies == 1;
        return bestScore >= needed(quote, count == 1) && clear || stillTheOnlyCopy
                ? java.util.Optional.of(new Copy(bestAt, bestScore == quote.available(), count))
                : java.util.Optional.empty();
    }

    /**
     * True when the context around the mark's own place {@code [start, end)} still agrees: less than a
     * copy elsewhere needs ({@link #OWN_PLACE_NEEDED} characters, words and context together
     * {@link #OWN_PLACE_MATCHED}), since the same words at the very place they were marked are strong
     * evidence already (words that stand nowhere else need only {@link #OWN_PLACE_ALONE}); but the same
     * word at the same offset of another paragraph is not.
     */
    static boolean contextHolds(String text, QuoteContext quote, int start, int end) {
        if (!quote.sameWordEdges(text, start, end)) {
            return false;
        }
        int agreement = quote.agreement(text, start, end);
        int needed = Math.min(Math.max(OWN_PLACE_NEEDED, OWN_PLACE_MATCHED - quote.words().length()), quote.available());
        return agreement >= needed || agreement >= Math.min(OWN_PLACE_ALONE, quote.available()) && onlyCopy(text, quote.words());
    }

    /** True when the words stand only once in the text. */
    private static boolean onlyCopy(String text, String words) {
        int first = text.indexOf(words);
        return first >= 0 && text.indexOf(words, first + 1) < 0;
    }

    /**
     * The agreement a copy needs: {@link #CONTEXT_NEEDED} among many ({@link #ALONE_NEEDED} alone),
     * and more for short words, so that the words and their agreeing context together make at least
     * {@link #MATCHED_NEEDED} characters ({@link #MATCHED_ALONE} alone): "up" with sixteen characters
     * of context that happen to agree is a coincidence, not a mark. Never more than the context there is.
     */
    static int needed(QuoteContext quote, boolean alone) {
        int context = alone ? ALONE_NEEDED : CONTEXT_NEEDED;
        int together = (alone ? MATCHED_ALONE : MATCHED_NEEDED) - quote.words().length();
        return Math.min(Math.max(context, together), quote.available());
    }
}
