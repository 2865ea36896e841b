package quire.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quote whose words were changed a little, by laying the whole quote, context included, over
 * the text ({@link Alignment}). Places worth aligning are found first by short pieces of the quote that
 * still occur as they were, voting for where the quote would start. The words' new extent is where the
 * context ends and begins again, so a highlight with one word changed inside keeps its full length.
 *
 * <p>A place is taken only when the context still holds there (almost untouched, or the words too
 * changed very little) and no other place fits nearly as well. A long quote is placed by its first and
 * last {@link #END_PIECE} characters, and what lies between must still be close to the old words.
 */
final class CloseMatch {
    /** The words and their new extent, in the matchable text. */
    record Placed(int start, int end) {
    }

    static final int PIECE = 5;
    static final int CHARACTERS_PER_EDIT = 1_000;
    /** How many characters of context beside each end of the words must be untouched. */
    static final int BESIDE = 4;
    static final int END_PIECE = 100;
    /** How far from the mark's old place a close match is looked for, in characters. */
    static final int WINDOW = 40_000;
    /** Without it, the context and the words may each change only this much. */
    static final double CHANGED_WITHOUT_CONTEXT = 0.2;
    /** A quote of fewer characters, with its context gone, says too little to be matched loosely. */
    static final int MIN_LOOSE_LENGTH = 12;

    private CloseMatch() {
    }

    static Optional<Placed> find(String text, QuoteContext quote, int expected) {
        String words = quote.words();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Optional<ContextBracket.Place> bracketed = ContextBracket.find(text, quote, expected);
        if (bracketed.isPresent()) {
            return bracketed.map(p -> new Placed(p.start(), p.end()));
        }
        if (words.length() <= 2 * END_PIECE) {
            String pattern = quote.before() + words + quote.after();
            return bestOf(text, pattern, quote.before().length(), quote.before().length() + words.length(), expected)
                    .filter(found -> acceptable(text, quote, found.result())
                            && cost(found, expected) <= pattern.length() * CHANGED_WITHOUT_CONTEXT)
                    .map(found -> new Placed(found.result().wordsStart(), found.result().wordsEnd()));
        }
        return byEnds(text, quote, expected);
    }

    private static Optional<Placed> byEnds(String text, QuoteContext quote, int expected) {
        String words = quote.words();
        String head = quote.before() + words.substring(0, END_PIECE);
        String tail = words.substring(words.length() - END_PIECE) + quote.after();
        Optional<Candidate> start = bestOf(text, head, quote.before().length(), head.length(), expected);
        Optional<Candidate> end = bestOf(text, tail, 0, END_PIECE, expected + words.length() - END_PIECE);
        if (start.isEmpty() || end.isEmpty() || end.get().result().wordsEnd() <= start.get().result().wordsStart()) {
            return Optional.empty();
        }
        int from = start.get().result().wordsStart();
        int to = end.get().result().wordsEnd();
        int limit = (int) Math.ceil(words.length() * CHANGED_WITHOUT_CONTEXT);
        int wordEdits = BoundedDistance.of(words, text.substring(from, to), limit);
        int contextEdits = start.get().result().contextEdits() + end.get().result().contextEdits();
        Alignment.Result whole = new Alignment.Result(from, to, contextEdits, wordEdits);
        return acceptable(text, quote, whole) ? Optional.of(new Placed(from, to)) : Optional.empty();
    }

    /**
     * What being {@code at} instead of at the mark's old place counts for, in edits: one for every
     * {@link #CHARACTERS_PER_EDIT} characters. An author's edits move words a little; a near-copy of
     * the words a chapter away is less likely to be them than the changed words where they were.
     */
    static double distanceCost(int at, int expected) {
        return Math.abs(at - expected) / (double) CHARACTERS_PER_EDIT;
    }

    private static double cost(Candidate candidate, int expected) {
        return candidate.result().edits() + distanceCost(candidate.result().wordsStart(), expected);
    }

    /** A place aligned, and the stretch of text it was aligned in. */
    private record Candidate(Alignment.Result result, int from, int to) {
    }

    /** The best-fitting place, when it fits clearly better than the next best elsewhere. */
    private static Optional<Candidate> bestOf(String text, String pattern, int wordsFrom, int wordsTo, int expected) {
        int slack = Math.max(10, pattern.length() / 5);
        List<Candidate> fits = new ArrayList<>();
        for (int[] stretch : stretchesWorthAligning(text, pattern, expected, slack)) {
            Alignment.Result fit = Alignment.align(text, stretch[0], stretch[1], pattern, wordsFrom, wordsTo);
            if (fit != null) {
                fits.add(new Candidate(fit, stretch[0], stretch[1]));
            }
        }
        fits.sort(Comparator.comparingDouble((Candidate c) -> cost(c, expected)));
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = fits.get(0);
        int margin = Math.max(3, pattern.length() / 10);
        for (Candidate other : fits.subList(1, fits.size())) {
            boolean elsewhere = other.result().wordsEnd() <= best.result().wordsStart()
                    || other.result().wordsStart() >= best.result().wordsEnd();
            if (elsewhere && cost(other, expected) < cost(best, expected) + margin) {
                return Optional.empty(); // two places fit about as well: neither is certain
            }
        }
        return Optional.of(best);
    }

    /**
     * Stretches of the text where the pattern may lie: each piece of {@link #PIECE} characters of the
     * pattern found near {@code expected} votes for the place the pattern would start at; votes close
     * together make one stretch, and those with enough votes are kept.
     */
    private static List<int[]> stretchesWorthAligning(String text, String pattern, int expected, int slack) {
        int from = Math.max(0, expected - WINDOW);
        int to = Math.min(text.length(), expected + WINDOW + pattern.length());
        List<int[]> votes = new ArrayList<>(); // {diagonal, piece}
        int pieces = 0;
        for (int i = 0; i + PIECE <= pattern.length(); i += PIECE) {
            pieces++;
            String piece = pattern.substring(i, i + PIECE);
            for (int at = Find.within(text, piece, from, to); at >= 0; at = Find.within(text, piece, at + 1, to)) {
                votes.add(new int[] {at - i, i});
            }
        }
        votes.sort(Comparator.comparingInt((int[] v) -> v[0]));
        int needed = Math.max(2, pieces / 4);
        List<int[]> stretches = new ArrayList<>();
        int k = 0;
        while (k < votes.size()) {
            int first = votes.get(k)[0];
            int last = first;
            java.util.BitSet pieceSeen = new java.util.BitSet();
            int m = k;
            while (m < votes.size() && votes.get(m)[0] - last <= slack) {
                last = votes.get(m)[0];
                pieceSeen.set(votes.get(m)[1]);
                m++;
            }
            if (pieceSeen.cardinality() >= needed) {
                stretches.add(new int[] {Math.max(0, first - slack), Math.min(text.length(), last + pattern.length() + slack)});
            }
            k = m;
        }
        stretches.sort(Comparator.comparingInt((int[] s) -> Math.abs(s[0] - expected)));
        return stretches.size() > 8 ? stretches.subList(0, 8) : stretches;
    }

    /**
     * The context and the words both changed very little, the words are long enough to say so, and the
     * context right beside each end of the words is as it was (otherwise where they end is a guess).
     */
    private static boolean acceptable(String text, QuoteContext quote, Alignment.Result fit) {
        if (!besideTheEnds(text, quote, fit.wordsStart(), fit.wordsEnd())) {
            return false;
        }
        int length = quote.words().length();
        int newLength = fit.wordsEnd() - fit.wordsStart();
        if (newLength <= 0 || newLength > 2 * length + 10 || 3 * newLength < length) {
            return false;
        }
        int context = quote.before().length() + quote.after().length();
        return length >= MIN_LOOSE_LENGTH && fit.contextEdits() <= context * CHANGED_WITHOUT_CONTEXT
                && fit.wordEdits() <= length * CHANGED_WITHOUT_CONTEXT;
    }

    /** The last {@link #BESIDE} characters of the context before, and the first after, are right there. */
    static boolean besideTheEnds(String text, QuoteContext quote, int start, int end) {
        String before = quote.before();
        String after = quote.after();
        int left = Math.min(BESIDE, before.length());
        int right = Math.min(BESIDE, after.length());
        return start - left >= 0 && text.startsWith(before.substring(before.length() - left), start - left)
                && end + right <= text.length() && text.startsWith(after.substring(0, right), end);
    }
}
