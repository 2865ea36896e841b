package quire.marks;

/**
 * Where a quote's exact words are in a text, chosen by how much of its context matches around them. A
 * place whose context hardly matches is taken only if the words occur there alone: a common phrase that
 * occurs many times is not enough to say which one was marked.
 */
final class QuoteMatch {
    /** Look no further than this many copies of the words. */
    private static final int MAX_CANDIDATES = 10_000;

    private QuoteMatch() {
    }

    /** The start of the best copy of {@code quote.exact()} in {@code text}, or -1 when none will do. */
    static int best(String text, TextQuote quote, int expected) {
        String exact = quote.exact();
        int bestAt = -1;
        int bestScore = -1;
        int count = 0;
        for (int at = text.indexOf(exact); at >= 0 && count < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
            count++;
            int score = contextScore(text, at, at + exact.length(), quote);
            boolean better = score > bestScore
                    || score == bestScore && Math.abs(at - expected) < Math.abs(bestAt - expected);
            if (better) {
                bestScore = score;
                bestAt = at;
            }
        }
        if (bestAt < 0) {
            return -1;
        }
        int available = quote.prefix().length() + quote.suffix().length();
        boolean contextAgrees = available > 0 && bestScore * 4 >= available;
        boolean alone = count == 1 && exact.length() >= Reanchor.FUZZY_MIN_LENGTH;
        return contextAgrees || alone || available == 0 && count == 1 ? bestAt : -1;
    }

    /** Characters of the prefix that end right before the words, plus those of the suffix right after. */
    static int contextScore(String text, int start, int end, TextQuote quote) {
        String prefix = quote.prefix();
        int before = 0;
        while (before < prefix.length() && start - before - 1 >= 0
                && text.charAt(start - before - 1) == prefix.charAt(prefix.length() - before - 1)) {
            before++;
        }
        String suffix = quote.suffix();
        int after = 0;
        while (after < suffix.length() && end + after < text.length() && text.charAt(end + after) == suffix.charAt(after)) {
            after++;
        }
        return before + after;
    }
}
