package quire.marks;

/**
 * A mark's quote as matching sees it: its words and the context either side, quotes folded, with
 * {@link FlatText#EDGE} added where the context reaches the paragraph's edge (it is shorter than
 * {@link TextQuote#CONTEXT}). How well a place agrees with the context is the number of context
 * characters that match outward from the words, an edge counting {@link #EDGE_WEIGHT}: that the words
 * start or end a paragraph says as much as several matching letters.
 */
record QuoteContext(String before, String words, String after, boolean edgeBefore, boolean edgeAfter) {
    static final int EDGE_WEIGHT = 8;

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
        int matchedBefore = 0;
        while (matchedBefore < before.length() && start - matchedBefore - 1 >= 0
                && text.charAt(start - matchedBefore - 1) == before.charAt(before.length() - matchedBefore - 1)) {
            matchedBefore++;
        }
        int matchedAfter = 0;
        while (matchedAfter < after.length() && end + matchedAfter < text.length()
                && text.charAt(end + matchedAfter) == after.charAt(matchedAfter)) {
            matchedAfter++;
        }
        return weighed(matchedBefore, before.length(), edgeBefore) + weighed(matchedAfter, after.length(), edgeAfter);
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
