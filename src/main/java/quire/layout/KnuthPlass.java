package quire.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Knuth and Plass's total-fit line breaking ("Breaking Paragraphs into Lines", 1981; TeX's
 * algorithm, tex.web part 38): of all ways to break a paragraph at its legal breaks, the one whose
 * lines' demerits sum least, where a line's demerits grow with the cube of how far its glue stretches
 * or shrinks, with its penalty, with two hyphenated lines in a row, and with a tight line next to a
 * loose one (fitness classes). Lines whose badness passes the tolerance are not considered at all;
 * {@link #run} answers null when no set passes, so the caller can try again with hyphens or more
 * tolerance. In an emergency pass no tolerance applies and a line with no earlier break may be overfull,
 * so that pass always sets the paragraph.
 */
final class KnuthPlass {
    static final int LINE_PENALTY = 10;
    static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
    static final double FINAL_HYPHEN_DEMERITS = 50_000;
    static final double ADJACENT_FITNESS_DEMERITS = 10_000;
    static final double RUNT_DEMERITS = 20_000;
    static final int MAX_HYPHENS_IN_A_ROW = 2;
    private static final double UNCAPPED_LIMIT = 1e8;

    /**
     * What a pass may accept: lines up to {@code tolerance} badness, or in an emergency anything.
     * {@code letterSpacing} counts the boxes' letter stretch as well as the glue's, so a line may be filled
     * by spacing its letters a little. {@code anyHyphens} lifts the two-in-a-row limit: only for the last
     * resort, when even the emergency pass cannot keep it (a run of words too long for the line).
     */
    record Pass(double tolerance, boolean emergency, boolean letterSpacing, boolean anyHyphens) {
        Pass(double tolerance, boolean emergency) {
            this(tolerance, emergency, false, false);
        }
    }

    /** One chosen break: the item it falls at, and whether it is flagged (a hyphen). */
    record Break(int item, boolean flagged) {
    }

    private static final class Node {
        final int item;
        final int line;
        final int fitness;
        final int hyphensInARow;
        final double totalWidth;
        final double totalStretch;
        final double totalShrink;
        final double demerits;
        final Node previous;

        Node(int item, int line, int fitness, int hyphensInARow, double[] totals, double demerits,
             Node previous) {
            this.item = item;
            this.line = line;
            this.fitness = fitness;
            this.hyphensInARow = hyphensInARow;
            this.totalWidth = totals[0];
            this.totalStretch = totals[1];
            this.totalShrink = totals[2];
            this.demerits = demerits;
            this.previous = previous;
        }
    }

    private final ParagraphItems items;
    private final double firstWidth;
    private final double otherWidth;
    private final double raggedStretch;
    private final double runtWidth;
    /** Best candidate per fitness class (4) and hyphens-in-a-row count (0..2), refilled at each break tried. */
    private final Node[] candidates = new Node[4 * (MAX_HYPHENS_IN_A_ROW + 1)];

    /**
     * @param firstWidth    the measure of the paragraph's first line (less its indent), then {@code otherWidth}
     * @param raggedStretch stretch of ragged-right text's right edge per line (TeX's \rightskip); 0 justified
     * @param runtWidth     a last line narrower than this is a runt, avoided when a better set exists
     */
    KnuthPlass(ParagraphItems items, double firstWidth, double otherWidth, double raggedStretch, double runtWidth) {
        this.items = items;
        this.firstWidth = firstWidth;
        this.otherWidth = otherWidth;
        this.raggedStretch = raggedStretch;
        this.runtWidth = runtWidth;
    }

    /** The breaks of the best set, the last at the final item; null when this pass finds none. */
    List<Break> run(Pass pass) {
        int n = items.size;
        double[] sum = {0, 0, 0};
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 1, 0, new double[] {0, 0, 0}, 0, null));
        for (int b = 0; b < n; b++) {
            int type = items.type[b];
            if (type == ParagraphItems.BOX) {
                sum[0] += items.width[b];
                if (pass.letterSpacing()) {
                    sum[1] += items.letterStretch[b];
                    sum[2] += items.letterShrink[b];
                }
                continue;
            }
            if (items.isLegalBreak(b)) {
                tryBreak(b, sum, active, pass);
                if (active.isEmpty()) {
                    return null;
                }
            }
            if (type == ParagraphItems.GLUE) {
                sum[0] += items.width[b];
                sum[1] += items.stretch[b];
                sum[2] += items.shrink[b];
            }
        }
        Node best = null;
        for (Node node : active) {
            if (node.item == n - 1 && (best == null || node.demerits < best.demerits)) {
                best = node;
            }
        }
        if (best == null) {
            return null;
        }
        List<Break> breaks = new ArrayList<>();
        for (Node node = best; node.previous != null; node = node.previous) {
            breaks.add(0, new Break(node.item, items.flagged[node.item]));
        }
        return breaks;
    }

    private void tryBreak(int b, double[] sum, List<Node> active, Pass pass) {
        boolean forced = items.type[b] == ParagraphItems.PENALTY && items.cost[b] <= -ParagraphItems.INFINITE;
        boolean last = b == items.size - 1;
        boolean flagged = items.flagged[b];
        Arrays.fill(candidates, null);
        double[] after = null;
        for (int i = 0; i < active.size(); i++) {
            Node a = active.get(i);
            double available = (a.line == 0 ? firstWidth : otherWidth) + items.hangEnd[b]
                    + (a.item >= 0 ? items.hangStart[a.item] : items.hangAtParagraphStart);
            double natural = sum[0] - a.totalWidth + (items.type[b] == ParagraphItems.PENALTY ? items.width[b] : 0);
            double stretch = sum[1] - a.totalStretch + raggedStretch;
            double shrink = sum[2] - a.totalShrink;
            double ratio = ratio(natural, available, stretch, shrink, last);
            boolean overfull = ratio < -1;
            if (overfull || forced) {
                active.remove(i--);
            }
            boolean acceptable = !overfull ? badness(ratio) <= pass.tolerance() || pass.emergency()
                    : pass.emergency() && isFirstBreakAfter(a.item, b);
            int run = flagged ? a.hyphensInARow + 1 : 0;
            if (!acceptable || run > MAX_HYPHENS_IN_A_ROW && !pass.anyHyphens()) {
                continue;
            }
            run = Math.min(run, MAX_HYPHENS_IN_A_ROW);
            int fitness = fitness(ratio);
            double demerits = a.demerits + demerits(a, b, ratio, fitness, natural, last, overfull, pass.emergency());
            int slot = fitness * (MAX_HYPHENS_IN_A_ROW + 1) + run;
            if (candidates[slot] == null || demerits < candidates[slot].demerits) {
                if (after == null) {
                    after = totalsAfter(b, sum);
                }
                candidates[slot] = new Node(b, a.line + 1, fitness, run, after, demerits, a);
            }
        }
        for (Node c : candidates) {
            if (c != null) {
                active.add(c);
            }
        }
    }

    /**
     * TeX's demerits. In an emergency, badness is not capped at 10,000, so that of two very loose sets
     * the less loose wins, and an overfull line (a word wider than the line) costs more than any.
     */
    private double demerits(Node a, int b, double ratio, int fitness, double natural, boolean last,
                            boolean overfull, boolean emergency) {
        double badness = overfull ? (emergency ? UNCAPPED_LIMIT : ParagraphItems.INFINITE)
                : emergency ? Math.min(UNCAPPED_LIMIT, 100 * Math.pow(Math.abs(ratio), 3)) : badness(ratio);
        double d = Math.pow(LINE_PENALTY + badness, 2);
        int cost = items.type[b] == ParagraphItems.PENALTY ? items.cost[b] : 0;
        if (cost > 0) {
            d += (double) cost * cost;
        } else if (cost > -ParagraphItems.INFINITE) {
            d -= (double) cost * cost;
        }
        boolean aFlagged = a.item >= 0 && items.flagged[a.item];
        if (aFlagged && items.flagged[b]) {
            d += DOUBLE_HYPHEN_DEMERITS;
        }
        if (last && aFlagged) {
            d += FINAL_HYPHEN_DEMERITS; // a hyphen on the paragraph's second-to-last line
        }
        if (Math.abs(fitness - a.fitness) > 1) {
            d += ADJACENT_FITNESS_DEMERITS;
        }
        if (last && a.item >= 0 && natural < runtWidth) {
            d += RUNT_DEMERITS;
        }
        return d;
    }

    /** The last line stretches freely (TeX's \parfillskip); others by their glue, ragged text by its edge. */
    private static double ratio(double natural, double available, double stretch, double shrink, boolean last) {
        if (natural < available) {
            if (last) {
                return 0;
            }
            return stretch > 0 ? (available - natural) / stretch : ParagraphItems.INFINITE;
        }
        if (natural > available) {
            return shrink > 0 ? (available - natural) / shrink : -ParagraphItems.INFINITE;
        }
        return 0;
    }

    static double badness(double ratio) {
        return Math.min(ParagraphItems.INFINITE, 100 * Math.pow(Math.abs(ratio), 3));
    }

    static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        }
        return ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
    }

    private boolean isFirstBreakAfter(int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (items.isLegalBreak(i)) {
                return false;
            }
        }
        return true;
    }

    /** Sums at the start of the next line: glue and penalties right after a break vanish, as in TeX. */
    private double[] totalsAfter(int b, double[] sum) {
        double[] t = sum.clone();
        for (int i = b; i < items.size; i++) {
            int type = items.type[i];
            if (type == ParagraphItems.BOX) {
                break;
            }
            if (type == ParagraphItems.GLUE) {
                t[0] += items.width[i];
                t[1] += items.stretch[i];
                t[2] += items.shrink[i];
            } else if (items.cost[i] <= -ParagraphItems.INFINITE && i > b) {
                break;
            }
        }
        return t;
    }
}
