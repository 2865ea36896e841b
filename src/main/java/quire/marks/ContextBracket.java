package quire.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A quote found by its context: the context before the words and the context after them, both still
 * there exactly as they were, with a stretch between them that is still close to the old words. That
 * stretch is the words' new extent, whatever was changed inside it (when the old words stand whole in
 * it, they are the extent: what stands beside them was added). With context of at least
 * {@link #REAL_CONTEXT} characters (paragraph edges aside) the stretch may differ from the old words by
 * whole words, as long as at least half of the old words are still in it; with less context it may
 * differ only by a typo's worth ({@link CloseMatch#CHANGED_WITHOUT_CONTEXT}), and only near the old
 * place. Of several such places the one that costs least (edits and distance, {@link
 * CloseMatch#distanceCost}) is taken only when no other costs nearly as little.
 */
final class ContextBracket {
    static final int REAL_CONTEXT = 16;
    static final int PIECE_LEFT = 12;
    /** What cutting words out of a sentence leaves between the context either side: a space or two. */
    static final int CUT_LEAVES = 2;

    /** A stretch of the matchable text, and how far it is from the old words (edits and distance). */
    record Place(int start, int end, double cost) {
        boolean overlaps(Place other) {
            return start < other.end && other.start < end;
        }
    }

    private ContextBracket() {
    }

    /** The clearly best place between the contexts, if there is one. */
    static Optional<Place> find(String text, QuoteContext quote, int expected) {
        return clearlyBest(places(text, quote, expected), quote, Optional.empty());
    }

    /**
     * The best of {@code places} when no place that does not overlap it costs nearly as little;
     * {@code rival}, when given, is one more such place found some other way.
     */
    static Optional<Place> clearlyBest(List<Place> places, QuoteContext quote, Optional<Place> rival) {
        if (places.isEmpty()) {
            return Optional.empty();
        }
        Place best = places.stream().min(Comparator.comparingDouble(Place::cost)).orElseThrow();
        double margin = Math.max(3, quote.words().length() / 10);
        boolean rivalled = Stream.concat(places.stream(), rival.stream())
                .anyMatch(other -> !other.overlaps(best) && other.cost() < best.cost() + margin);
        return rivalled ? Optional.empty() : Optional.of(best);
    }

    /** Every stretch between a copy of the context before and one of the context after that may be the words. */
    static List<Place> places(String text, QuoteContext quote, int expected) {
        String before = quote.before();
        String after = quote.after();
        String words = quote.words();
        int realContext = before.length() + after.length() - (quote.edgeBefore() ? 1 : 0) - (quote.edgeAfter() ? 1 : 0);
        boolean strong = realContext >= REAL_CONTEXT;
        int typos = (int) Math.floor(words.length() * CloseMatch.CHANGED_WITHOUT_CONTEXT);
        int limit = strong ? 2 * words.length() + 10 : typos;
        int minGap = Math.max(1, words.length() / 3);
        int maxGap = 2 * words.length() + 10;
        int from = Math.max(0, expected - CloseMatch.WINDOW);
        int to = Math.min(text.length(), expected + CloseMatch.WINDOW + words.length());
        List<Place> places = new ArrayList<>();
        int beforeEnds = to + before.length();
        for (int at = Find.within(text, before, from, beforeEnds); at >= 0; at = Find.within(text, before, at + 1, beforeEnds)) {
            int start = at + before.length();
            int afterEnds = start + maxGap + after.length();
            for (int end = Find.within(text, after, start + minGap, afterEnds); end >= 0;
                 end = Find.within(text, after, end + 1, afterEnds)) {
                String now = text.substring(start, end);
                int inside = now.indexOf(words);
                if (inside >= 0 && quote.sameWordEdges(text, start + inside, start + inside + words.length())) {
                    // The old words stand whole between the contexts: what is beside them was added.
                    int whole = start + inside;
                    places.add(new Place(whole, whole + words.length(), CloseMatch.distanceCost(whole, expected)));
                    continue;
                }
                int edits = BoundedDistance.of(words, now, limit);
                boolean close = edits <= typos || edits <= limit && strong && halfTheWordsKept(words, now);
                double cost = edits + CloseMatch.distanceCost(start, expected);
                if (close && (strong || cost <= typos)) { // with little context, a near-copy far away is no evidence
                    places.add(new Place(start, end, cost));
                }
            }
        }
        return places;
    }

    /**
     * True when the context before the words and the context after them now stand side by side near
     * the old place, with nothing but a space or two between them: the words were cut out there, so a
     * copy of them elsewhere is not them.
     */
    static boolean cutOutNear(String text, QuoteContext quote, int expected) {
        String before = quote.before();
        String after = quote.after();
        int realContext = before.length() + after.length() - (quote.edgeBefore() ? 1 : 0) - (quote.edgeAfter() ? 1 : 0);
        if (realContext < REAL_CONTEXT) {
            return false;
        }
        int reach = 2 * quote.words().length() + 2 * TextQuote.CONTEXT + 200;
        int from = Math.max(0, expected - reach);
        int to = Math.min(text.length(), expected + reach);
        int beforeEnds = to + before.length();
        for (int at = Find.within(text, before, from, beforeEnds); at >= 0; at = Find.within(text, before, at + 1, beforeEnds)) {
            int start = at + before.length();
            int end = Find.within(text, after, start, start + CUT_LEAVES + after.length());
            if (end >= 0 && end - start <= CUT_LEAVES && text.substring(start, end).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when some {@link #PIECE_LEFT} characters of the context before the words or after them
     * still stand near the old place: the passage was edited where it stands rather than moved.
     */
    static boolean contextRemainsNear(String text, QuoteContext quote, int expected) {
        int reach = quote.words().length() + 2 * TextQuote.CONTEXT + 64;
        int from = Math.max(0, expected - reach);
        int to = Math.min(text.length(), expected + reach);
        String near = text.substring(from, to);
        String before = quote.before().replace(String.valueOf(FlatText.EDGE), "");
        String after = quote.after().replace(String.valueOf(FlatText.EDGE), "");
        return anyPieceIn(before, near) || anyPieceIn(after, near);
    }

    private static boolean anyPieceIn(String context, String near) {
        for (int i = 0; i + PIECE_LEFT <= context.length(); i += PIECE_LEFT / 3) {
            if (near.contains(context.substring(i, i + PIECE_LEFT))) {
                return true;
            }
        }
        return false;
    }

    /** At least half of the old words (each counted as often as it occurs) are among the new ones. */
    static boolean halfTheWordsKept(String old, String now) {
        Map<String, Integer> available = new HashMap<>();
        for (String word : now.split("\\s+")) {
            available.merge(word, 1, Integer::sum);
        }
        String[] oldWords = old.strip().split("\\s+");
        int kept = 0;
        for (String word : oldWords) {
            Integer left = available.get(word);
            if (left != null && left > 0) {
                available.put(word, left - 1);
                kept++;
            }
        }
        return 2 * kept >= oldWords.length;
    }
}
