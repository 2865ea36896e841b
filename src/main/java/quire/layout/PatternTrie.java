package quire.layout;

import java.util.Arrays;

/**
 * Liang's hyphenation patterns as a trie in flat arrays, walked straight over a word's characters: from
 * each position of a word one walk finds every pattern that starts there, with no substring made and no
 * map looked up. A node's children sit side by side in {@link #labels}, sorted, so a step scans a few
 * characters (the root's are found in a table, other large fan-outs by binary search). Immutable, so
 * thread-safe. Built from a pattern file's lines by {@link Builder}, in flat arrays too: the patterns are
 * read while the app starts.
 */
final class PatternTrie {
    private static final int ROOT = 0;

    /**
     * For node n, its children's letters are {@code labels[first[n] .. first[n + 1])}; nodes are numbered
     * breadth first, so the child at {@code labels[e]} is node {@code e + 1} (the root is no one's child).
     */
    private final int[] first;
    private final char[] labels;
    /** A node's pattern values (one more than its letters: the gaps around them), or null when none ends there. */
    private final byte[][] values;
    /** The root's child for each ASCII character (or -1): every walk starts with this step. */
    private final int[] asciiFromRoot = new int[128];

    private PatternTrie(int[] first, char[] labels, byte[][] values) {
        this.first = first;
        this.labels = labels;
        this.values = values;
        for (char c = 0; c < asciiFromRoot.length; c++) {
            asciiFromRoot[c] = step(ROOT, c);
        }
    }

    /**
     * Raises {@code gaps[start + k]} to every matching pattern's value k, for each pattern that matches
     * {@code word} from {@code start}: Liang's step at one position.
     */
    void raise(char[] word, int start, byte[] gaps) {
        char c = word[start];
        int node = c < 128 ? asciiFromRoot[c] : step(ROOT, c);
        for (int i = start + 1; node >= 0; i++) {
            byte[] found = values[node];
            if (found != null) {
                for (int k = 0; k < found.length; k++) {
                    if (found[k] > gaps[start + k]) {
                        gaps[start + k] = found[k];
                    }
                }
            }
            if (i == word.length) {
                return;
            }
            node = step(node, word[i]);
        }
    }

    private int step(int node, char c) {
        int from = first[node];
        int to = first[node + 1];
        if (to - from > 8) {
            int at = Arrays.binarySearch(labels, from, to, c);
            return at >= 0 ? at + 1 : -1;
        }
        for (int e = from; e < to; e++) {
            if (labels[e] == c) {
                return e + 1;
            }
        }
        return -1;
    }

    /**
     * Collects patterns into a trie whose children are linked lists in flat arrays (no object per node),
     * then lays it out breadth first with each node's children side by side and sorted.
     */
    static final class Builder {
        private int nodes = 1;
        /** A node's first child, or 0 for none (the root is no one's child). */
        private int[] firstChild = new int[4096];
        private int[] nextSibling = new int[4096];
        private char[] label = new char[4096];
        private byte[][] gapValues = new byte[4096][];

        /**
         * Adds the pattern {@code letters[0, length)} with its gap values ({@code length + 1} of them); a
         * pattern given twice keeps the larger value at each gap.
         */
        void add(char[] letters, int length, byte[] gaps) {
            int node = ROOT;
            for (int i = 0; i < length; i++) {
                node = childOrNew(node, letters[i]);
            }
            byte[] kept = gapValues[node];
            if (kept == null) {
                gapValues[node] = gaps;
            } else {
                for (int k = 0; k < kept.length; k++) {
                    kept[k] = (byte) Math.max(kept[k], gaps[k]);
                }
            }
        }

        private int childOrNew(int node, char c) {
            for (int e = firstChild[node]; e != 0; e = nextSibling[e]) {
                if (label[e] == c) {
                    return e;
                }
            }
            if (nodes == label.length) {
                int n = nodes * 2;
                firstChild = Arrays.copyOf(firstChild, n);
                nextSibling = Arrays.copyOf(nextSibling, n);
                label = Arrays.copyOf(label, n);
                gapValues = Arrays.copyOf(gapValues, n);
            }
            int made = nodes++;
            label[made] = c;
            nextSibling[made] = firstChild[node];
            firstChild[node] = made;
            return made;
        }

        PatternTrie build() {
            int[] order = new int[nodes]; // the nodes breadth first, by their builder numbers
            int[] first = new int[nodes + 1];
            char[] labels = new char[nodes - 1];
            byte[][] values = new byte[nodes][];
            int placed = 1;
            for (int n = 0; n < nodes; n++) {
                int node = order[n];
                values[n] = gapValues[node];
                first[n] = placed - 1;
                int from = placed;
                for (int e = firstChild[node]; e != 0; e = nextSibling[e]) {
                    order[placed++] = e;
                }
                sortByLabel(order, from, placed);
                for (int i = from; i < placed; i++) {
                    labels[i - 1] = label[order[i]];
                }
            }
            first[nodes] = nodes - 1;
            return new PatternTrie(first, labels, values);
        }

        /** Insertion sort: a node has a few children, the root a few dozen. */
        private void sortByLabel(int[] order, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int node = order[i];
                int j = i - 1;
                while (j >= from && label[order[j]] > label[node]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = node;
            }
        }
    }
}
