package quire.ui;

import quire.layout.WordTable;

/**
 * Widths of short strings (words and pieces of words) in one font, looked up straight from a block's
 * characters: each width is kept in its word's own entry of a {@link WordTable}, so a lookup makes no
 * substring, boxes no {@code Double}, and reads no third place in memory. Line breaking asks for every
 * word of a long story at each layout, and most asks find a word already measured. Not thread-safe.
 */
final class WordWidths {
    /** A double's 64 bits, in four characters after the word. */
    private static final int WIDTH_CHARS = 4;

    private final WordTable words = new WordTable();

    int size() {
        return words.size();
    }

    /** The width kept for {@code chars[from, to)}, or NaN when none is. */
    double get(char[] chars, int from, int to) {
        char[] entry = words.find(chars, from, to);
        return entry == null ? Double.NaN : widthIn(entry);
    }

    /** The width kept for {@code text}, or NaN when none is. */
    double get(String text) {
        char[] entry = words.find(text);
        return entry == null ? Double.NaN : widthIn(entry);
    }

    /** Keeps {@code width} for {@code chars[from, to)}, which must not be kept yet. */
    void put(char[] chars, int from, int to, double width) {
        char[] entry = words.add(chars, from, to, WIDTH_CHARS);
        int at = WordTable.payload(entry);
        long bits = Double.doubleToRawLongBits(width);
        for (int i = 0; i < WIDTH_CHARS; i++) {
            entry[at + i] = (char) (bits >>> (48 - 16 * i));
        }
    }

    private static double widthIn(char[] entry) {
        int at = WordTable.payload(entry);
        long bits = 0;
        for (int i = 0; i < WIDTH_CHARS; i++) {
            bits = bits << 16 | entry[at + i];
        }
        return Double.longBitsToDouble(bits);
    }
}
