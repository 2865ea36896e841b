package quire.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import quire.place.Anchor;

/**
 * A story's lines as one continuous column, for scrolled reading: the very lines of a
 * {@link Pagination} (same breaks, hyphens and typography as its pages), stacked with the space each
 * line asks for above it, so no line breaks differently and nothing is held twice (the column keeps only
 * its lines' tops; stored pages set a line's runs when it comes into view). A {@code y} is measured
 * from the top of the column, which begins with {@code inset} of empty space (the page's top margin)
 * and ends with as much below the last line.
 *
 * <p>A column may be given a line that can always head the screen, the last chapter's heading: when
 * the text from it to the end is shorter than the viewport, the viewport may still scroll down until
 * that line is at its top, and blank room shows below the story's end, as on a book's last page. So a
 * jump to any chapter puts its heading at the top, and the chapter named is the one the first line shown
 * belongs to. (Every place before that heading can reach the top anyway: a whole chapter follows it.)
 *
 * <p>The reader's place in a column is its <em>reading line</em>: the first line fully visible, the
 * first whose top is at or below the viewport's top. Putting a line there ({@link #scrollTopFor(int)})
 * and reading it back ({@link #readingLine(double)}) give the same line, so a place survives any number
 * of re-layouts. Lines are looked up by binary search.
 */
public final class ScrollColumn {
    private final PageSpec spec;
    private final LineSequence lines;
    private final double[] tops;
    private final double inset;
    private final double height;
    /** The line that may head the screen at the column's end, or -1. */
    private final int headOfEnd;

    private ScrollColumn(PageSpec spec, LineSequence lines, Optional<Anchor> headOfEnd) {
        this.spec = spec;
        this.lines = lines;
        this.inset = spec.margins().top();
        this.tops = new double[lines.size()];
        double y = inset;
        for (int i = 0; i < lines.size(); i++) {
            y += i == 0 ? 0 : lines.spaceBefore(i);
            tops[i] = y;
            y += lines.height(i);
        }
        this.height = y + spec.margins().bottom();
        this.headOfEnd = headOfEnd.map(this::lineIndexOf)
                .filter(i -> lines.anchor(i).equals(headOfEnd.get())).orElse(-1);
    }

    /** The lines of {@code pagination}'s pages, one after another. */
    public static ScrollColumn of(Pagination pagination) {
        return of(pagination, Optional.empty());
    }

    /**
     * The lines of {@code pagination}'s pages, one after another; the line starting at {@code headOfEnd}
     * (the last chapter's heading), when the column holds one, can be scrolled to the viewport's top.
     */
    public static ScrollColumn of(Pagination pagination, Optional<Anchor> headOfEnd) {
        return new ScrollColumn(pagination.spec(), pagination.lines(), headOfEnd);
    }

    /** The page spec the lines were set for: its width and side margins are the column's. */
    public PageSpec spec() {
        return spec;
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code index} as the engine set it (its own {@code top} is where it sat on its page). */
    public Line line(int index) {
        return lines.line(index);
    }

    /** The top of line {@code index} in the column. */
    public double top(int index) {
        return tops[index];
    }

    /** The bottom of line {@code index} in the column. */
    public double bottom(int index) {
        return tops[index] + lines.height(index);
    }

    /** The whole column's height, the insets above and below included. */
    public double height() {
        return height;
    }

    /** The empty space above the first line (the page's top margin). */
    public double inset() {
        return inset;
    }

    /** The line holding {@code anchor}: the last line starting at or before it. */
    public int lineIndexOf(Anchor anchor) {
        return Math.max(0, firstLineWhere(i -> lines.anchor(i).compareTo(anchor) > 0) - 1);
    }

    /** The line whose box holds {@code y}, the next one when {@code y} is in a gap; clamped to the lines. */
    public int lineAt(double y) {
        return clamped(firstLineWhere(i -> bottom(i) > y));
    }

    /** The first line whose top is at or below {@code y} (within half a pixel); the last line if none. */
    public int firstLineFrom(double y) {
        return clamped(firstLineWhere(i -> tops[i] >= y - 0.5));
    }

    /** The first line for which {@code test} holds, by bisection (it holds from there on); the count if none. */
    private int firstLineWhere(IntPredicate test) {
        int low = 0;
        int high = lines.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (test.test(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private int clamped(int line) {
        return Math.max(0, Math.min(line, lines.size() - 1));
    }

    /** The reading line when the viewport's top is at {@code scrollTop}. */
    public int readingLine(double scrollTop) {
        return firstLineFrom(scrollTop);
    }

    /**
     * The viewport top that puts line {@code index} on the reading line, at the viewport's top edge (not
     * clamped); for the first line, the column's own top, margin and all.
     */
    public double scrollTopFor(int index) {
        return index == 0 ? 0 : tops[index];
    }

    /**
     * The furthest the viewport's top can go for a viewport {@code viewport} tall: the column's end at the
     * viewport's bottom, or the line that may head the end at its top when that is further.
     */
    public double maxScrollTop(double viewport) {
        double end = Math.max(0, height - viewport);
        return headOfEnd < 0 ? end : Math.max(end, scrollTopFor(headOfEnd));
    }

    /** How tall the scrolled extent is for a viewport {@code viewport} tall: the column and any blank room after it. */
    public double scrollHeight(double viewport) {
        return maxScrollTop(viewport) + viewport;
    }

    /** {@code scrollTop} kept between the column's ends. */
    public double clamp(double scrollTop, double viewport) {
        return Math.max(0, Math.min(scrollTop, maxScrollTop(viewport)));
    }

    /**
     * Where a screen forward, less one line, puts the viewport's top: the last line that reaches into
     * the viewport (cut off or the last whole one) becomes the reading line, so the eye keeps one line
     * it has seen. Always at least one line forward.
     */
    public double screenDown(double scrollTop, double viewport) {
        int reading = readingLine(scrollTop);
        int last = Math.max(reading + 1, lineAt(scrollTop + viewport - 0.5));
        double target = last < lines.size() ? scrollTopFor(last) : height;
        return clamp(target, viewport);
    }

    /**
     * Where a screen back puts the viewport's top: the reading line becomes the last whole line at the
     * viewport's bottom, so again one line is seen twice. Always at least one line back.
     */
    public double screenUp(double scrollTop, double viewport) {
        int reading = readingLine(scrollTop);
        double wantedTop = bottom(Math.min(reading, lines.size() - 1)) - viewport;
        int first = Math.min(firstLineFrom(wantedTop), Math.max(0, reading - 1));
        return clamp(scrollTopFor(first), viewport);
    }

    /** One line forward from the reading line. */
    public double lineDown(double scrollTop, double viewport) {
        int reading = readingLine(scrollTop);
        return clamp(reading + 1 < lines.size() ? scrollTopFor(reading + 1) : height, viewport);
    }

    /** One line back from the reading line (a part-scrolled line above it counts as that line). */
    public double lineUp(double scrollTop, double viewport) {
        int reading = readingLine(scrollTop);
        return clamp(scrollTopFor(Math.max(0, reading - 1)), viewport);
    }

    /**
     * Lines {@code [from, to)} as a page whose content box starts at column {@code y = originY}: what a
     * page view draws for the part of the column near the viewport, with the engine's own runs.
     */
    public Page window(int from, int to, double originY) {
        List<Line> placed = new ArrayList<>(Math.max(1, to - from));
        for (int i = from; i < to; i++) {
            placed.add(lines.line(i).placedAt(tops[i] - originY));
        }
        if (placed.isEmpty()) {
            placed.add(lines.line(Math.min(from, lines.size() - 1)).placedAt(0));
        }
        return new Page(from, placed);
    }
}
