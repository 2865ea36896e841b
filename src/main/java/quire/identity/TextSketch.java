package quire.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A small fingerprint of a text that says how much of it another text shares: the {@link #SIZE}
 * smallest hashes of its runs of {@link #RUN} words (a bottom-k MinHash sketch), and how many runs it
 * has. Words are compared in lower case with their punctuation dropped, so curled quotes, a
 * comma added or a capital fixed change nothing; a word changed changes only the runs that hold it.
 * Two sketches estimate how many of one text's runs the other has ({@link #containedIn}).
 */
public record TextSketch(int runs, List<Long> smallest) {
    static final int SIZE = 128;
    static final int RUN = 4;
    public static final TextSketch EMPTY = new TextSketch(0, List.of());

    public TextSketch {
        runs = Math.max(0, runs);
        smallest = smallest == null ? List.of() : List.copyOf(smallest);
    }

    public static TextSketch of(String text) {
        return of(List.of(text));
    }

    /**
     * The sketch of {@code parts} as if joined with whitespace between them (a story's blocks, which its
     * plain text separates by a blank line), without making the joined text, each part read as it comes:
     * equal to the sketch of {@code String.join("\n\n", parts)}.
     */
    public static TextSketch of(Iterable<String> parts) {
        Runs runs = new Runs();
        char[] chars = new char[0];
        for (String part : parts) {
            if (chars.length < part.length()) {
                chars = new char[Math.max(part.length(), chars.length * 2)];
            }
            part.getChars(0, part.length(), chars, 0);
            runs.add(chars, part.length());
        }
        return new TextSketch(Math.max(0, runs.words - RUN + 1), new ArrayList<>(runs.kept));
    }

    /** The words read so far, the last {@link #RUN} of them, and the smallest hashes of their runs. */
    private static final class Runs {
        final long[] window = new long[RUN];
        final TreeSet<Long> kept = new TreeSet<>();
        int words;
        /** The largest kept hash once {@link #SIZE} are kept: most runs are above it and need no look in the set. */
        long bar = Long.MAX_VALUE;

        /** Reads {@code length} chars; a word never runs on past them (whitespace follows). */
        void add(char[] text, int length) {
            int i = 0;
            while (i < length) {
                while (i < length && !letterOrDigit(text[i])) {
                    i++;
                }
                long hash = 0xcbf29ce484222325L;
                boolean any = false;
                while (i < length && !whitespace(text[i])) {
                    char c = text[i++];
                    if (letterOrDigit(c)) {
                        hash = (hash ^ lowerCase(c)) * 0x100000001b3L;
                        any = true;
                    }
                }
                if (any) {
                    word(hash);
                }
            }
        }

        private void word(long hash) {
            window[words % RUN] = hash;
            words++;
            if (words < RUN) {
                return;
            }
            long run = mix(window, words);
            if (kept.size() < SIZE || run < bar) {
                kept.add(run);
                if (kept.size() > SIZE) {
                    kept.pollLast();
                }
                if (kept.size() == SIZE) {
                    bar = kept.last();
                }
            }
        }
    }

    // ASCII answered at once (nearly every character of an English story); the rest as Character says.
    private static boolean letterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean whitespace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return Character.isWhitespace(c);
    }

    private static char lowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** The last {@link #RUN} words' hashes, in order, as one well-spread 64-bit hash. */
    private static long mix(long[] window, int words) {
        long h = 0;
        for (int k = 0; k < RUN; k++) {
            h = h * 0x9e3779b97f4a7c15L + window[(words + k) % RUN];
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * About what share (0 to 1) of this text's runs of words the other text has too: the Jaccard
     * similarity estimated from the smallest hashes of both together, turned into containment with the
     * two run counts.
     */
    public double containedIn(TextSketch other) {
        if (runs == 0 || other.runs == 0 || smallest.isEmpty() || other.smallest.isEmpty()) {
            return 0;
        }
        TreeSet<Long> union = new TreeSet<>(smallest);
        union.addAll(other.smallest);
        java.util.Set<Long> mine = new java.util.HashSet<>(smallest);
        java.util.Set<Long> theirs = new java.util.HashSet<>(other.smallest);
        int considered = 0;
        int shared = 0;
        for (long h : union) {
            if (considered == SIZE) {
                break;
            }
            considered++;
            if (mine.contains(h) && theirs.contains(h)) {
                shared++;
            }
        }
        double jaccard = shared / (double) considered;
        double containment = jaccard * (runs + other.runs) / ((1 + jaccard) * runs);
        return Math.min(1, containment);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TextSketch[%d runs, %d kept]", runs, smallest.size());
    }
}
