package quire.marks;

/**
 * A mark's quote as matching sees it: its words and the context either side, quotes folded, with
 * {@link FlatText#EDGE} added where the context reaches the paragraph's edge (it is shorter than
 * {@link TextQuote#CONTEXT}). How well a place agrees with the context is the number of context
 * characters that match outward from the words (one edit along the way allowed), an edge counting
 * {@link #EDGE_WEIGHT}: that the words start or end a paragraph says as much as several matching letters.
 */
record QuoteContext(String before, String words, String after, boolean edgeBefore, boolean edgeAfter) {
    static final int EDGE_WEIGHT = 8;
    static final int MAX_TYPO = 2;
    static final int RESYNC = 4;

    static QuoteContext of(TextQuote quote) {
        String before = QuoteFolding.fold(quote.prefix());
        String after = QuoteFolding.fold(quote.suffix());
        boolean edgeBefore = before.length() < TextQuote.CONTEXT;
        boolean edgeAfter = after.length() < TextQuote.CONTEXT;
        return new QuoteContext(edgeBefore ? FlatText.EDGE + before : before, QuoteFolding.fold(quote.exact()),
                edgeAfter ? after + FlatText.EDGE : after, edgeBefore, edgeAfter);
    }

    /** The most a place can agree: all the context there is. */
    int available() {
        return weighed(before.length(), before.length(), edgeBefore) + weighed(after.length(), after.length(), edgeAfter);
    }

    /**
     * How well the context agrees with the places around {@code [start, end)} of {@code text} (a
     * {@link FlatText#matchable()} text): matching characters before {@code start}, read backwards from
     * it, plus those after {@code end}.
     */
    int agreement(String text, int start, int end) {
        int matchedBefore = matched(text, start - 1, -1, before, before.length() - 1);
        int matchedAfter = matched(text, end, 1, after, 0);
        return weighed(matchedBefore, before.length(), edgeBefore) + weighed(matchedAfter, after.length(), edgeAfter);
    }

    /**
     * How many characters of {@code side} match the text read outward (step -1 backwards, 1 forwards)
     * from {@code at}, allowing one typo along the way (up to {@link #MAX_TYPO} letters changed, added or
     * dropped, after which at least {@link #RESYNC} must match again): a typo fixed beside the words
     * leaves the rest of their context as good as it was. Longer edits are not skipped: the context would
     * then be matched across a cut or a splice, beside words like the marked ones. The typo itself is not
     * counted.
     */
    private static int matched(String text, int at, int step, String side, int from) {
        int run = run(text, at, step, side, from);
        int next = from + step * run;
        if (next < 0 || next >= side.length()) {
            return run;
        }
        int textAt = at + step * run;
        int after = 0;
        for (int skip = 1; skip <= MAX_TYPO; skip++) {
            int added = skip <= MAX_TYPO ? run(text, textAt + step * skip, step, side, next) : 0;
            int dropped = skip <= MAX_TYPO ? run(text, textAt, step, side, next + step * skip) : 0;
            int changed = skip <= MAX_TYPO ? run(text, textAt + step * skip, step, side, next + step * skip) : 0;
            int best = Math.max(changed, Math.max(added, dropped));
            if (best >= RESYNC && best > after) {
                after = best;
            }
        }
        return run + after;
    }

    /** Characters of {@code side} from {@code from} that match the text from {@code at}, both read by {@code step}. */
    private static int run(String text, int at, int step, String side, int from) {
        int n = 0;
        while (from + step * n >= 0 && from + step * n < side.length() && at + step * n >= 0 && at + step * n < text.length()
                && text.charAt(at + step * n) == side.charAt(from + step * n)) {
            n++;
        }
        return n;
    }

    /** Characters matched on one side; when they reach that side's edge, the edge counts more than one. */
    private static int weighed(int matched, int length, boolean edge) {
        return edge && matched == length ? matched - 1 + EDGE_WEIGHT : matched;
    }

    /**
     * True when {@code [start, end)} of {@code text} begins and ends between words wherever the quoted
     * words did: "of a" is not found in "of ash", since the old words ended at a word's end and this
     * place ends inside one.
     */
    boolean sameWordEdges(String text, int start, int end) {
        boolean startedAtEdge = words.isEmpty() || !joined(before.isEmpty() ? ' ' : before.charAt(before.length() - 1), words.charAt(0));
        boolean endedAtEdge = words.isEmpty() || !joined(words.charAt(words.length() - 1), after.isEmpty() ? ' ' : after.charAt(0));
        boolean startsAtEdge = start <= 0 || start >= text.length() || !joined(text.charAt(start - 1), text.charAt(start));
        boolean endsAtEdge = end <= 0 || end >= text.length() || !joined(text.charAt(end - 1), text.charAt(end));
        return (!startedAtEdge || startsAtEdge) && (!endedAtEdge || endsAtEdge);
    }

    /** Two characters of one word: both letters or digits. */
    private static boolean joined(char a, char b) {
        return Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
    }
}
