package quire.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liang's hyphenation patterns as a trie in flat arrays, walked straight over a word's characters: from
 * each position of a word one walk finds every pattern that starts there, with no substring made and no
 * map looked up. A node's children sit side by side in {@link #labels}, sorted, so a step scans a few
 * characters (the root's, about thirty, are found by binary search). Immutable, so thread-safe.
 */
final class PatternTrie {
    private static final int ROOT = 0;

    /** For node n, its children are {@code labels[first[n] .. first[n + 1])}, leading to {@code child[..]}. */
    private final int[] first;
    private final char[] labels;
    private final int[] child;
    /** A node's pattern values (one more than its letters: the gaps around them), or null when none ends there. */
    private final byte[][] values;
    /** The root's child for each ASCII character (or -1): every walk starts with this step. */
    private final int[] asciiFromRoot = new int[128];

    private PatternTrie(int[] first, char[] labels, int[] child, byte[][] values) {
        this.first = first;
        this.labels = labels;
        this.child = child;
        this.values = values;
        for (char c = 0; c < asciiFromRoot.length; c++) {
            asciiFromRoot[c] = step(ROOT, c);
        }
    }

    /** The trie of {@code patterns}: letters (lower case, with '.' for a word's edges) to their gap values. */
    static PatternTrie of(Map<String, byte[]> patterns) {
        Builder root = new Builder();
        for (Map.Entry<String, byte[]> pattern : patterns.entrySet()) {
            Builder node = root;
            for (char c : pattern.getKey().toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Builder());
            }
            node.values = pattern.getValue();
        }
        // Breadth first, so each node's children get consecutive numbers.
        List<Builder> order = new ArrayList<>();
        order.add(root);
        for (int i = 0; i < order.size(); i++) {
            order.addAll(order.get(i).children.values());
        }
        int nodes = order.size();
        int[] first = new int[nodes + 1];
        char[] labels = new char[nodes - 1];
        int[] child = new int[nodes - 1];
        byte[][] values = new byte[nodes][];
        int edge = 0;
        int next = 1;
        for (int n = 0; n < nodes; n++) {
            Builder node = order.get(n);
            first[n] = edge;
            values[n] = node.values;
            for (char c : node.children.keySet()) {
                labels[edge] = c;
                child[edge] = next++;
                edge++;
            }
        }
        first[nodes] = edge;
        return new PatternTrie(first, labels, child, values);
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
            return at >= 0 ? child[at] : -1;
        }
        for (int e = from; e < to; e++) {
            if (labels[e] == c) {
                return child[e];
            }
        }
        return -1;
    }

    /** A node while the trie is built; its children sorted by letter. */
    private static final class Builder {
        final TreeMap<Character, Builder> children = new TreeMap<>();
        byte[] values;
    }
}
