package quire.layout;

import java.util.Arrays;

/**
 * A paragraph as Knuth and Plass's boxes, glue and penalties, kept in parallel arrays because the
 * breaker walks them many times. {@code next[i]} is where a line starts when it breaks at item i (a
 * text offset), and the hang arrays say how far punctuation may hang into the margin at such a break.
 */
final class ParagraphItems {
    static final int BOX = 0;
    static final int GLUE = 1;
    static final int PENALTY = 2;
    /** A penalty of this cost or more forbids a break; of minus this, forces one. */
    static final int INFINITE = 10_000;

    int size;
    /** Room the paragraph's first line gains from an opening quote hanging into the left margin. */
    double hangAtParagraphStart;
    int[] type = new int[64];
    double[] width = new double[64];
    double[] stretch = new double[64];
    double[] shrink = new double[64];
    /** Of a box: how much letter spacing may widen it (see {@link LetterSpacing}), used in the later passes. */
    double[] letterStretch = new double[64];
    /** Of a box: how much tighter letter spacing may narrow it. */
    double[] letterShrink = new double[64];
    int[] cost = new int[64];
    boolean[] flagged = new boolean[64];
    int[] next = new int[64];
    /** Room a line ending here gains from punctuation (or a drawn hyphen) hanging into the right margin. */
    double[] hangEnd = new double[64];
    /** Room the line starting after this break gains from an opening quote hanging into the left margin. */
    double[] hangStart = new double[64];

    /**
     * The words set as one box each, so that the pass with hyphens can split them without reading the
     * paragraph again: the box's item, the word's text range, and whether its letters may be spaced.
     */
    int words;
    int[] wordItem = new int[16];
    int[] wordStart = new int[16];
    int[] wordEnd = new int[16];
    boolean[] wordSpaceable = new boolean[16];

    /** Empties the list for another paragraph, keeping its arrays: a breaker reuses its lists. */
    ParagraphItems reset() {
        size = 0;
        words = 0;
        hangAtParagraphStart = 0;
        return this;
    }

    /** Says that the box just added is the word {@code [start, end)}, whole. */
    void wordBox(int start, int end, boolean spaceable) {
        if (words == wordItem.length) {
            int n = words * 2;
            wordItem = Arrays.copyOf(wordItem, n);
            wordStart = Arrays.copyOf(wordStart, n);
            wordEnd = Arrays.copyOf(wordEnd, n);
            wordSpaceable = Arrays.copyOf(wordSpaceable, n);
        }
        wordItem[words] = size - 1;
        wordStart[words] = start;
        wordEnd[words] = end;
        wordSpaceable[words] = spaceable;
        words++;
    }

    /** Adds item {@code i} of {@code other} as it is. */
    void copy(ParagraphItems other, int i) {
        add(other.type[i], other.width[i], other.stretch[i], other.shrink[i], other.cost[i], other.flagged[i],
                other.next[i]);
        letterStretch[size - 1] = other.letterStretch[i];
        letterShrink[size - 1] = other.letterShrink[i];
        hangs(other.hangEnd[i], other.hangStart[i]);
    }

    void box(double w) {
        add(BOX, w, 0, 0, 0, false, -1);
    }

    /** A box that letter spacing may widen by up to {@code stretch} or narrow by up to {@code shrink}. */
    void box(double w, double stretch, double shrink) {
        add(BOX, w, 0, 0, 0, false, -1);
        letterStretch[size - 1] = stretch;
        letterShrink[size - 1] = shrink;
    }

    void glue(double w, double y, double z, int nextLineStart) {
        add(GLUE, w, y, z, 0, false, nextLineStart);
    }

    void penalty(double w, int c, boolean flag, int nextLineStart) {
        add(PENALTY, w, 0, 0, c, flag, nextLineStart);
    }

    /** Sets the hanging room of the item just added. */
    void hangs(double atEnd, double atStart) {
        hangEnd[size - 1] = atEnd;
        hangStart[size - 1] = atStart;
    }

    private void add(int t, double w, double y, double z, int c, boolean flag, int nextLineStart) {
        if (size == type.length) {
            int n = size * 2;
            type = Arrays.copyOf(type, n);
            width = Arrays.copyOf(width, n);
            stretch = Arrays.copyOf(stretch, n);
            shrink = Arrays.copyOf(shrink, n);
            letterStretch = Arrays.copyOf(letterStretch, n);
            letterShrink = Arrays.copyOf(letterShrink, n);
            cost = Arrays.copyOf(cost, n);
            flagged = Arrays.copyOf(flagged, n);
            this.next = Arrays.copyOf(this.next, n);
            hangEnd = Arrays.copyOf(hangEnd, n);
            hangStart = Arrays.copyOf(hangStart, n);
        }
        type[size] = t;
        width[size] = w;
        stretch[size] = y;
        shrink[size] = z;
        letterStretch[size] = 0;
        letterShrink[size] = 0;
        cost[size] = c;
        flagged[size] = flag;
        next[size] = nextLineStart;
        hangEnd[size] = 0;
        hangStart[size] = 0;
        size++;
    }

    /** A break may fall at a penalty that is not forbidden, or at glue right after a box. */
    boolean isLegalBreak(int i) {
        return type[i] == PENALTY ? cost[i] < INFINITE : type[i] == GLUE && i > 0 && type[i - 1] == BOX;
    }
}
