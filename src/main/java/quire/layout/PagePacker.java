package quire.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Packs lines into pages of a fixed content height, the way a careful typesetter would: a heading is
 * never the last thing on a page, a scene break never the first, and a paragraph does not leave a single
 * line alone at the bottom (orphan) or top (widow) of a page when moving lines costs at most
 * {@link #MAX_LINES_MOVED} lines of space. Space above a line is dropped at the top of a page. A
 * chapter always starts on a new page, as in a printed book.
 */
final class PagePacker {
    static final int MAX_LINES_MOVED = 2;
    /** How many times a page ending on a hyphen asks for its paragraph to be set again. */
    static final int MAX_HYPHEN_FIXES = 3;

    private PagePacker() {
    }

    static List<Page> pack(List<Line> lines, double height) {
        return pack(lines, height, Set.of(), (last, placedBefore, pageStart) -> null);
    }

    /**
     * Sets a block's lines again so that a page does not end with a hyphen; answers all the block's
     * lines, starting with {@code placedBefore} (its lines on earlier pages) unchanged, or null to keep
     * them as they are. {@code pageStart} is the offset where this page's first line of the block starts.
     */
    interface PageEndHyphen {
        List<Line> rebreak(Line lastOnPage, List<Line> placedBefore, int pageStart);
    }

    /**
     * As {@link #pack(List, double)}, but a page whose last line ends in a drawn hyphen asks
     * {@code fix} (up to {@link #MAX_HYPHEN_FIXES} times) for its block set another way, and is packed
     * again with those lines; when no answer keeps the hyphen off the page, the blocks go back to how they
     * were first set, and the page keeps its hyphen: a word split
     * across a page turn makes the reader hold half a word while turning. Lines of the block on earlier
     * pages stay as they were placed.
     * {@code chapterBlocks} are the blocks that open a chapter: each starts a page.
     */
    static List<Page> pack(List<Line> input, double height, Set<Integer> chapterBlocks, PageEndHyphen fix) {
        List<Line> lines = new ArrayList<>(input);
        List<Page> pages = new ArrayList<>();
        int start = 0;
        int fixedAt = -1;
        int fixes = 0;
        // The blocks this page's fixes set again, as they were: put back if no fix keeps the hyphen off.
        Map<Integer, List<Line>> asFirstSet = new HashMap<>();
        while (start < lines.size()) {
            int fitted = fit(lines, start, height);
            int chapter = nextChapterStart(lines, start, fitted, chapterBlocks);
            int end = chapter < fitted ? chapter : adjustBreak(lines, start, fitted);
            Line last = lines.get(end - 1);
            if (fixedAt != start) {
                fixedAt = start;
                fixes = 0;
                asFirstSet.clear();
            }
            if (end < lines.size() && last.hyphenated()) {
                List<Line> replacement = null;
                if (fixes < MAX_HYPHEN_FIXES) {
                    fixes++;
                    int before = 0;
                    while (start - before - 1 >= 0 && lines.get(start - before - 1).block() == last.block()) {
                        before++;
                    }
                    int pageStart = lines.get(start).block() == last.block() ? lines.get(start).start() : 0;
                    replacement = fix.rebreak(last, List.copyOf(lines.subList(start - before, start)), pageStart);
                }
                if (replacement != null) {
                    asFirstSet.computeIfAbsent(last.block(), block -> List.copyOf(linesOf(lines, end - 1)));
                    splice(lines, end - 1, replacement);
                    continue;
                }
                if (!asFirstSet.isEmpty()) {
                    // No fix keeps the hyphen off this page: keep the paragraphs as they were first set.
                    for (Map.Entry<Integer, List<Line>> first : asFirstSet.entrySet()) {
                        splice(lines, indexOfBlock(lines, first.getKey(), start), first.getValue());
                    }
                    asFirstSet.clear();
                    fixes = MAX_HYPHEN_FIXES;
                    continue;
                }
            }
            pages.add(place(pages.size(), lines.subList(start, end)));
            start = end;
        }
        return pages;
    }

    /** The index of a line of {@code block}, searching from {@code from} on (its lines are all there). */
    private static int indexOfBlock(List<Line> lines, int block, int from) {
        int i = Math.max(0, from - 1);
        while (lines.get(i).block() != block) {
            i++;
        }
        return i;
    }

    /** The first line in {@code (start, end)} that opens a chapter, or {@code end}. */
    private static int nextChapterStart(List<Line> lines, int start, int end, Set<Integer> chapterBlocks) {
        if (chapterBlocks.isEmpty()) {
            return end;
        }
        for (int i = start + 1; i < end; i++) {
            Line line = lines.get(i);
            if (line.firstOfBlock() && chapterBlocks.contains(line.block())) {
                return i;
            }
        }
        return end;
    }

    /** Replaces the lines of the block that {@code lines[at]} belongs to. */
    private static void splice(List<Line> lines, int at, List<Line> replacement) {
        List<Line> range = linesOf(lines, at);
        range.clear();
        range.addAll(replacement);
    }

    /** The lines of the block that {@code lines[at]} belongs to, as a view of {@code lines}. */
    private static List<Line> linesOf(List<Line> lines, int at) {
        int block = lines.get(at).block();
        int first = at;
        while (first > 0 && lines.get(first - 1).block() == block) {
            first--;
        }
        int last = at;
        while (last + 1 < lines.size() && lines.get(last + 1).block() == block) {
            last++;
        }
        return lines.subList(first, last + 1);
    }

    /** The end (exclusive) of the most lines from {@code start} that fit; at least one line. */
    private static int fit(List<Line> lines, int start, double height) {
        double y = 0;
        int end = start;
        while (end < lines.size()) {
            Line line = lines.get(end);
            double next = y + (end == start ? 0 : line.spaceBefore()) + line.height();
            if (next > height + 1e-6) {
                break;
            }
            y = next;
            end++;
        }
        return Math.max(end, start + 1);
    }

    /**
     * Moves a page break earlier to keep headings, scene breaks and short paragraph ends together. The
     * rules are applied until none moves the break again, so one rule never undoes another (moving an
     * orphan can leave a heading at the bottom, which then goes over too). A page keeps at least one line.
     */
    private static int adjustBreak(List<Line> lines, int start, int end) {
        if (end >= lines.size()) {
            return end;
        }
        int adjusted = end;
        int previous;
        do {
            previous = adjusted;
            // A heading at the bottom goes over with what it introduces.
            while (adjusted - 1 > start && lines.get(adjusted - 1).kind() == Line.Kind.HEADING) {
                adjusted--;
            }
            // A scene break never opens a page: the line before it goes over too.
            if (lines.get(adjusted).kind() == Line.Kind.SCENE_BREAK && adjusted - 1 > start) {
                adjusted--;
            }
            if (adjusted == previous) {
                adjusted = avoidWidowAndOrphan(lines, start, adjusted);
            }
        } while (adjusted != previous);
        return adjusted;
    }

    /**
     * Keeps a paragraph from leaving one line alone: a lone last line at the top of the next page (widow)
     * pulls one more line over; a lone first line at the bottom (orphan) goes over itself. So an n/1 split
     * becomes (n-1)/2, and a 2/1 or 1/n split moves the whole paragraph; at most {@link #MAX_LINES_MOVED}
     * lines move per call, and a page always keeps at least one line.
     */
    private static int avoidWidowAndOrphan(List<Line> lines, int start, int end) {
        int adjusted = end;
        for (int step = 0; step < MAX_LINES_MOVED && adjusted - 1 > start; step++) {
            Line last = lines.get(adjusted - 1);
            Line next = lines.get(adjusted);
            boolean sameBlock = last.block() == next.block();
            boolean orphan = sameBlock && last.firstOfBlock() && last.kind() == Line.Kind.TEXT;
            boolean widow = sameBlock && next.lastOfBlock() && next.kind() == Line.Kind.TEXT;
            if (!orphan && !widow) {
                break;
            }
            adjusted--;
        }
        return adjusted;
    }

    private static Page place(int index, List<Line> lines) {
        List<Line> placed = new ArrayList<>(lines.size());
        double y = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            y += i == 0 ? 0 : line.spaceBefore();
            placed.add(line.placedAt(y));
            y += line.height();
        }
        return new Page(index, placed);
    }
}
