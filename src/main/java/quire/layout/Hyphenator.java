package quire.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Liang's hyphenation ("Word Hy-phen-a-tion by Com-put-er", 1983) from patterns in the Hunspell/
 * LibreOffice {@code .dic} format. A pattern such as {@code .hy3ph} says how strongly a hyphen is wanted
 * or forbidden between its letters; at each gap of a word the highest digit of all matching patterns
 * wins, and an odd one allows a hyphen. Files with compound patterns have a {@code NEXTLEVEL} line: the
 * first level then finds the joins of a compound and the second hyphenates each part, as libhyphen does.
 * Immutable, so thread-safe; a breaker keeps the points of the words it asks for in its own
 * {@link HyphenMemo}.
 */
public final class Hyphenator {
    private final PatternTrie patterns;
    private final int leftMin;
    private final int rightMin;
    private final Hyphenator nextLevel;

    private Hyphenator(PatternTrie patterns, int leftMin, int rightMin, Hyphenator nextLevel) {
        this.patterns = patterns;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
        this.nextLevel = nextLevel;
    }

    /**
     * Reads a {@code .dic} file (its first line, the character set, already decoded by the reader).
     * Non-standard patterns ({@code c1k/k=k,1,2}, which change the letters around a hyphen) are
     * skipped: Quire never changes the author's text, so it cannot use them.
     */
    public static Hyphenator read(BufferedReader in) throws IOException {
        List<PatternTrie.Builder> levels = new ArrayList<>();
        levels.add(new PatternTrie.Builder());
        int left = 2;
        int right = 3;
        boolean first = true;
        for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
            String line = raw.strip();
            if (first) {
                first = false;
                continue; // the charset line
            }
            if (line.isEmpty() || line.startsWith("%") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("LEFTHYPHENMIN")) {
                left = Integer.parseInt(line.substring(13).strip());
            } else if (line.startsWith("RIGHTHYPHENMIN")) {
                right = Integer.parseInt(line.substring(14).strip());
            } else if (line.equals("NEXTLEVEL")) {
                levels.add(new PatternTrie.Builder());
            } else if (!line.contains("/") && !line.startsWith("COMPOUND") && !line.startsWith("NOHYPHEN")) {
                addPattern(levels.get(levels.size() - 1), line);
            }
        }
        Hyphenator next = null;
        for (int i = levels.size() - 1; i >= 0; i--) {
            next = new Hyphenator(levels.get(i).build(), left, right, next);
        }
        return next;
    }

    /** A line such as {@code .hy3ph}: its letters (lower case), and the digit before or after each as a gap's value. */
    private static void addPattern(PatternTrie.Builder level, String pattern) {
        char[] letters = new char[pattern.length()];
        byte[] gaps = new byte[pattern.length() + 1];
        int length = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c >= '0' && c <= '9') {
                gaps[length] = (byte) (c - '0');
            } else {
                letters[length++] = Character.toLowerCase(c);
            }
        }
        level.add(letters, length, Arrays.copyOf(gaps, length + 1));
    }

    public int leftMin() {
        return leftMin;
    }

    public int rightMin() {
        return rightMin;
    }

    /**
     * Offsets inside {@code word} (letters only, any case) where a hyphen may go, ascending, with at least
     * {@link #leftMin} letters before and {@link #rightMin} after; none for a word under 5 letters.
     */
    public int[] points(String word) {
        return points(word.toCharArray(), 0, word.length());
    }

    /** As {@link #points(String)}, for the word {@code text[from, to)}: offsets from {@code from}. */
    public int[] points(char[] text, int from, int to) {
        if (to - from < shortestHyphenated()) {
            return new int[0];
        }
        return compute(text, from, to);
    }

    /** The fewest letters a word needs to take a hyphen: five, or more when the file's minimums ask. */
    int shortestHyphenated() {
        return Math.max(5, leftMin + rightMin);
    }

    private int[] compute(char[] text, int start, int end) {
        if (nextLevel == null) {
            return levelPoints(text, start, end, leftMin, rightMin);
        }
        // A compound: this level finds its joins, the next hyphenates each part; the word's own
        // minimums apply at the joins too.
        int length = end - start;
        int[] joins = levelPoints(text, start, end, 1, 1);
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        int from = 0;
        for (int i = 0; i <= joins.length; i++) {
            int to = i < joins.length ? joins[i] : length;
            for (int p : nextLevel.levelPoints(text, start + from, start + to, leftMin, rightMin)) {
                all.add(from + p);
            }
            if (i < joins.length && to >= leftMin && length - to >= rightMin) {
                all.add(to);
            }
            from = to;
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Liang's points of {@code word[from, to)}, as offsets from {@code from}. */
    private int[] levelPoints(char[] word, int from, int to, int left, int right) {
        int length = to - from;
        char[] dotted = new char[length + 2];
        dotted[0] = '.';
        for (int i = 0; i < length; i++) {
            char c = word[from + i];
            dotted[i + 1] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 128 ? c : Character.toLowerCase(c);
        }
        dotted[length + 1] = '.';
        byte[] values = new byte[dotted.length + 1];
        for (int start = 0; start < dotted.length; start++) {
            patterns.raise(dotted, start, values);
        }
        // values[i] is the gap before dotted[i]; the gap before word[j] is values[j + 1].
        int count = 0;
        int[] points = new int[length];
        for (int j = left; j <= length - right; j++) {
            if ((values[j + 1] & 1) == 1) {
                points[count++] = j;
            }
        }
        return Arrays.copyOf(points, count);
    }
}
