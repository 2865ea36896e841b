package quire.layout;

import java.util.Arrays;

/**
 * A fixed-length column of doubles that repeat: each value kept as a 16-bit code into a table of the
 * distinct values, 2 bytes a row instead of 8. A page's line heights, spaces, hangs and places on the
 * page take few distinct values (a body line's height is the same on every page), so a long story's
 * 240,000 lines cost a fifth of the memory. A column given more than 65,536 distinct values keeps them
 * all as doubles from then on. Values read back are the very ones set, to the bit ({@code -0.0} and
 * {@code 0.0} apart). Set every row once, in any order, then only read: not for several threads while
 * being set.
 */
final class DoubleColumn {
    private static final int MAX_CODES = 1 << 16;

    private char[] codes;
    private double[] values = new double[8];
    private int distinct;
    /** Open-addressed table from a value's bits to its code plus one (0: empty); null once sealed or raw. */
    private long[] keys = new long[16];
    private int[] slots = new int[16];
    private double[] raw;

    DoubleColumn(int rows) {
        codes = new char[rows];
    }

    int size() {
        return raw != null ? raw.length : codes.length;
    }

    void set(int row, double value) {
        if (raw != null) {
            raw[row] = value;
            return;
        }
        int code = codeOf(value);
        if (code < 0) {
            spill();
            raw[row] = value;
        } else {
            codes[row] = (char) code;
        }
    }

    double get(int row) {
        return raw != null ? raw[row] : values[codes[row]];
    }

    /** True while the values are kept as codes (tests). */
    boolean coded() {
        return raw == null;
    }

    private int codeOf(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int mask = keys.length - 1;
        int i = hash(bits) & mask;
        while (slots[i] != 0) {
            if (keys[i] == bits) {
                return slots[i] - 1;
            }
            i = (i + 1) & mask;
        }
        if (distinct == MAX_CODES) {
            return -1;
        }
        if (distinct == values.length) {
            values = Arrays.copyOf(values, distinct * 2);
        }
        values[distinct] = value;
        keys[i] = bits;
        slots[i] = ++distinct;
        if (distinct * 2 > keys.length) {
            grow();
        }
        return distinct - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] != 0) {
                int i = hash(oldKeys[j]) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    /** Too many distinct values: every row as a double from here on. */
    private void spill() {
        raw = new double[codes.length];
        for (int row = 0; row < codes.length; row++) {
            raw[row] = values[codes[row]];
        }
        codes = null;
        values = null;
        keys = null;
        slots = null;
    }

    /** Drops what setting needed; reading is unchanged. Call once every row is set. */
    void seal() {
        keys = null;
        slots = null;
        if (values != null) {
            values = Arrays.copyOf(values, Math.max(1, distinct));
        }
    }

    private static int hash(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
