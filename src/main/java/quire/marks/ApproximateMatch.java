package quire.marks;

import java.util.Optional;

/**
 * The stretch of a text closest to a pattern, by edit distance (Sellers' algorithm: the match may start
 * anywhere), within a window of the text and at most {@code maxEdits} edits away.
 */
final class ApproximateMatch {
    record Match(int start, int end, int edits) {
    }

    private ApproximateMatch() {
    }

    static Optional<Match> best(String text, int from, int to, String pattern, int maxEdits) {
        int m = pattern.length();
        int[] previous = new int[m + 1];
        int[] previousStart = new int[m + 1];
        int[] current = new int[m + 1];
        int[] currentStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previous[i] = i;
            previousStart[i] = from;
        }
        Match best = null;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            current[0] = 0;
            currentStart[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int substitute = previous[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int start = previousStart[i - 1];
                if (current[i - 1] + 1 < substitute) {
                    substitute = current[i - 1] + 1;
                    start = currentStart[i - 1];
                }
                if (previous[i] + 1 < substitute) {
                    substitute = previous[i] + 1;
                    start = previousStart[i];
                }
                current[i] = substitute;
                currentStart[i] = start;
            }
            if (current[m] <= maxEdits && (best == null || current[m] < best.edits())) {
                best = new Match(currentStart[m], j + 1, current[m]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        return Optional.ofNullable(best);
    }
}
