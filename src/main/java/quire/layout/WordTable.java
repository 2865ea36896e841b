package quire.layout;

/**
 * Short words kept with a few characters of what is known about them, looked up straight from a block's
 * characters: no substring is made, nothing is boxed. Each entry is one array, {@code [length, the word's
 * characters, the payload]}, so a lookup that finds its word reads memory in two places, the slot and the
 * entry; line breaking asks for every word of a long story, most asks find a word already kept, and the
 * table of a long story is larger than the processor's caches. Open addressing, at most half full.
 * Not thread-safe.
 */
public final class WordTable {
    private static final int FIRST_CAPACITY = 256;
    /** The longest word kept: its length is the entry's first character. */
    public static final int LONGEST = Character.MAX_VALUE;

    private char[][] entries = new char[FIRST_CAPACITY][];
    private int size;

    public int size() {
        return size;
    }

    /** Forgets every word. */
    public void clear() {
        entries = new char[FIRST_CAPACITY][];
        size = 0;
    }

    /** Where an entry's payload starts. */
    public static int payload(char[] entry) {
        return entry[0] + 1;
    }

    /** The entry of {@code chars[from, to)}, or null when it is not kept. */
    public char[] find(char[] chars, int from, int to) {
        int mask = entries.length - 1;
        for (int slot = hash(chars, from, to) & mask; ; slot = (slot + 1) & mask) {
            char[] entry = entries[slot];
            if (entry == null || holds(entry, chars, from, to)) {
                return entry;
            }
        }
    }

    /** The entry of {@code word}, or null when it is not kept. */
    public char[] find(String word) {
        int mask = entries.length - 1;
        for (int slot = spread(word.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            char[] entry = entries[slot];
            if (entry == null || holds(entry, word)) {
                return entry;
            }
        }
    }

    /**
     * Keeps {@code chars[from, to)}, which must not be kept yet and be at most {@link #LONGEST} long, with
     * {@code payloadLength} characters of payload for the caller to fill; returns its entry.
     */
    public char[] add(char[] chars, int from, int to, int payloadLength) {
        int length = to - from;
        if (length > LONGEST) {
            throw new IllegalArgumentException("a word of " + length + " characters is too long to keep");
        }
        if (2 * (size + 1) > entries.length) {
            grow();
        }
        char[] entry = new char[1 + length + payloadLength];
        entry[0] = (char) length;
        System.arraycopy(chars, from, entry, 1, length);
        insert(entry);
        size++;
        return entry;
    }

    private void insert(char[] entry) {
        int mask = entries.length - 1;
        int slot = hash(entry, 1, 1 + entry[0]) & mask;
        while (entries[slot] != null) {
            slot = (slot + 1) & mask;
        }
        entries[slot] = entry;
    }

    private void grow() {
        char[][] old = entries;
        entries = new char[old.length * 2][];
        for (char[] entry : old) {
            if (entry != null) {
                insert(entry);
            }
        }
    }

    /** The same polynomial as {@link String#hashCode()}, so a word finds the same slot either way. */
    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return spread(h);
    }

    /** Mixes the high bits down, as the table keeps only the low ones. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** A plain loop: most words are a few letters, and under the client compiler {@code Arrays.equals} is two calls more. */
    private static boolean holds(char[] entry, char[] chars, int from, int to) {
        if (entry[0] != to - from) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (entry[1 + i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(char[] entry, String word) {
        if (entry[0] != word.length()) {
            return false;
        }
        for (int i = 0; i < entry[0]; i++) {
            if (entry[1 + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
