package quire.marks;

/**
 * The cheapest way to lay a pattern (context, words, context) over some stretch of a text, counting
 * each letter changed, added or dropped as one edit (semi-global edit distance: the whole pattern
 * against any stretch of the text). It says where the pattern's words begin and end in the text, and
 * how many of the edits fall in the words and how many in the context. Text added right at an edge of
 * the words is counted as context, so a mark never grows over words that were put beside it.
 */
final class Alignment {
    /** Where the words are in the text, and the edits inside and outside them. */
    record Result(int wordsStart, int wordsEnd, int contextEdits, int wordEdits) {
        int edits() {
            return contextEdits + wordEdits;
        }
    }

    /** Cells of the table at most; a larger stretch is not aligned at all. */
    static final int MAX_CELLS = 4_000_000;

    private Alignment() {
    }

    /**
     * @param from      first text offset to consider
     * @param to        end of the stretch to consider (exclusive)
     * @param wordsFrom where the words start in the pattern
     * @param wordsTo   where the words end in the pattern
     * @return null when the stretch is too large to align
     */
    static Result align(String text, int from, int to, String pattern, int wordsFrom, int wordsTo) {
        int m = pattern.length();
        int n = to - from;
        if (n <= 0 || (long) (m + 1) * (n + 1) > MAX_CELLS) {
            return null;
        }
        int[][] cost = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            cost[i][0] = i;
            char p = pattern.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int diagonal = cost[i - 1][j - 1] + (p == text.charAt(from + j - 1) ? 0 : 1);
                cost[i][j] = Math.min(diagonal, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        int end = 0;
        for (int j = 1; j <= n; j++) {
            if (cost[m][j] < cost[m][end]) {
                end = j;
            }
        }
        return traceBack(cost, text, from, pattern, wordsFrom, wordsTo, end);
    }

    private static Result traceBack(int[][] cost, String text, int from, String pattern, int wordsFrom, int wordsTo,
                                    int endColumn) {
        int i = pattern.length();
        int j = endColumn;
        int wordsStart = -1;
        int wordsEnd = -1;
        int contextEdits = 0;
        int wordEdits = 0;
        while (i > 0) {
            if (i == wordsTo) {
                wordsEnd = j; // the last visit at this row is the leftmost: added text after the words stays out
            }
            if (i == wordsFrom && wordsStart < 0) {
                wordsStart = j; // the first visit is the rightmost: added text before the words stays out
            }
            boolean inWords = i - 1 >= wordsFrom && i - 1 < wordsTo;
            int here = cost[i][j];
            if (j > 0 && here == cost[i - 1][j - 1] + (pattern.charAt(i - 1) == text.charAt(from + j - 1) ? 0 : 1)) {
                if (here != cost[i - 1][j - 1]) {
                    wordEdits += inWords ? 1 : 0;
                    contextEdits += inWords ? 0 : 1;
                }
                i--;
                j--;
            } else if (here == cost[i - 1][j] + 1) {
                wordEdits += inWords ? 1 : 0;
                contextEdits += inWords ? 0 : 1;
                i--;
            } else {
                boolean between = i > wordsFrom && i < wordsTo;
                wordEdits += between ? 1 : 0;
                contextEdits += between ? 0 : 1;
                j--;
            }
        }
        if (wordsStart < 0) {
            wordsStart = j; // the words start the pattern: they start where the stretch does
        }
        if (wordsEnd < 0) {
            wordsEnd = j;
        }
        return new Result(from + wordsStart, from + wordsEnd, contextEdits, wordEdits);
    }
}
