package quire.layout;

/**
 * The hyphenation points of the words one breaker has asked for, found again from the block's characters:
 * a long story's count asks for every word of each paragraph that needs hyphens, and most of them were
 * asked for before. One per breaker, so per thread, with no lock; at most {@link #LIMIT} words, and
 * emptied when a count is done ({@link LineBreaker#forgetWords()}).
 */
final class HyphenMemo {
    static final int LIMIT = 65_536;
    /** Longer words are hyphenated each time: they are rare, and each would take a large entry. */
    static final int LONGEST = 64;

    private final WordTable words = new WordTable();
    private Hyphenator hyphenator;

    /** Liang's points of the letters {@code text[from, to)}, as offsets from {@code from}. */
    int[] points(char[] text, int from, int to, Hyphenator patterns) {
        if (patterns != hyphenator) {
            words.clear();
            hyphenator = patterns;
        }
        if (to - from < patterns.shortestHyphenated()) {
            return WordHyphens.NONE; // "the", "and": the most frequent words, never hyphenated
        }
        if (to - from > LONGEST) {
            return patterns.points(text, from, to);
        }
        char[] entry = words.find(text, from, to);
        if (entry == null) {
            int[] points = patterns.points(text, from, to);
            if (words.size() >= LIMIT) {
                words.clear();
            }
            entry = words.add(text, from, to, points.length);
            int at = WordTable.payload(entry);
            for (int k = 0; k < points.length; k++) {
                entry[at + k] = (char) points[k];
            }
            return points;
        }
        int at = WordTable.payload(entry);
        if (at == entry.length) {
            return WordHyphens.NONE;
        }
        int[] points = new int[entry.length - at];
        for (int k = 0; k < points.length; k++) {
            points[k] = entry[at + k];
        }
        return points;
    }

    int size() {
        return words.size();
    }

    void clear() {
        words.clear();
    }
}
