package quire.ui;

import java.util.Arrays;

/**
 * Widths of short strings (words and pieces of words) in one font, looked up straight from a block's
 * characters: an open-addressed table of character arrays and widths, so a lookup makes no substring,
 * boxes no {@code Double} and follows no map node. Line breaking asks for every word of a long story at
 * each layout, and most asks find a word already measured. Not thread-safe.
 */
final class WordWidths {
    private static final int FIRST_CAPACITY = 256;
    private char[][] keys = new char[FIRST_CAPACITY][];
    private double[] widths = new double[FIRST_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    /** The width kept for {@code chars[from, to)}, or NaN when none is. */
    double get(char[] chars, int from, int to) {
        int mask = keys.length - 1;
        for (int slot = hash(chars, from, to) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return Double.NaN;
            }
            if (matches(key, chars, from, to)) {
                return widths[slot];
            }
        }
    }

    /** The width kept for {@code text}, or NaN when none is. */
    double get(String text) {
        int mask = keys.length - 1;
        for (int slot = hash(text) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return Double.NaN;
            }
            if (matches(key, text)) {
                return widths[slot];
            }
        }
    }

    /** Keeps {@code width} for {@code chars[from, to)}, which must not be kept yet. */
    void put(char[] chars, int from, int to, double width) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(chars, from, to), width);
        size++;
    }

    private void insert(char[] key, double width) {
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        widths[slot] = width;
    }

    private void grow() {
        char[][] oldKeys = keys;
        double[] oldWidths = widths;
        keys = new char[oldKeys.length * 2][];
        widths = new double[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldWidths[i]);
            }
        }
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return spread(h);
    }

    private static int hash(String text) {
        return spread(text.hashCode()); // the same polynomial as the arrays' hash, and cached by String
    }

    /** Mixes the high bits down, as the table keeps only the low ones. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean matches(char[] key, char[] chars, int from, int to) {
        return Arrays.equals(key, 0, key.length, chars, from, to);
    }

    private static boolean matches(char[] key, String text) {
        if (key.length != text.length()) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
