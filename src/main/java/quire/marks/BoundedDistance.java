package quire.marks;

/**
 * The edit distance between two strings when it is at most {@code limit}, computed only in the band
 * of the table that such an answer can pass through (Ukkonen), so a long quote costs its length times
 * the limit rather than its length squared.
 */
final class BoundedDistance {
    private BoundedDistance() {
    }

    /** The distance, or {@code limit + 1} when it is larger than {@code limit}. */
    static int of(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j <= limit ? j : over;
        }
        for (int i = 1; i <= a.length(); i++) {
            int low = Math.max(1, i - limit);
            int high = Math.min(b.length(), i + limit);
            current[0] = i <= limit ? i : over;
            if (low - 1 >= 1) {
                current[low - 1] = over; // outside the band: no answer within the limit passes there
            }
            int rowBest = current[0];
            for (int j = low; j <= high; j++) {
                int diagonal = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(diagonal, Math.min(previous[j], current[j - 1]) + 1);
                current[j] = Math.min(value, over);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (high + 1 <= b.length()) {
                current[high + 1] = over;
            }
            if (rowBest > limit) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], over);
    }
}
