package quire.layout;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import quire.place.Anchor;

/**
 * A story's exact pages, kept small: each line as its range and box (block, offsets, flags, hangs,
 * heights and place on its page) in columns of arrays, about 23 bytes a line instead of about 500 with
 * its runs (the five measures as codes into their distinct values, {@link DoubleColumn}), so that a
 * 16 MB story's 250,000 lines cost 6 MB instead of 135. A page's lines are set again,
 * runs and all, when the page is asked for; the {@value #KEPT} pages asked for last (the reader's and
 * those beside it) are kept whole, so turning and drawing set nothing twice. The pages read back equal
 * the pages packed, to the bit: the line is set from the very range the breaker chose.
 *
 * <p>Pages are set with the measurer of the job that counted them, on the thread that asks: ask on the
 * thread that measurer belongs to (the UI thread, for the reading view).
 */
final class StoredPages extends AbstractList<Page> implements RandomAccess {
    static final int KEPT = 16;
    private static final int FIRST = 1;
    private static final int LAST = 2;
    private static final int HYPHENATED = 4;
    private static final int LETTER_SPACED = 8;
    private static final int KIND_SHIFT = 4;
    private static final Line.Kind[] KINDS = Line.Kind.values();

    private final LineBreaker breaker;
    private final List<LeafBlock> blocks;
    /** Each page's first line, and after the last page the line count. */
    private final int[] firstLine;
    private final int[] block;
    private final int[] start;
    private final int[] end;
    private final byte[] flags;
    private final DoubleColumn spaceBefore;
    private final DoubleColumn top;
    private final DoubleColumn height;
    private final DoubleColumn hangStart;
    private final DoubleColumn hangEnd;
    private final Map<Integer, Page> near = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Page> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * {@code packed}, pages whose lines are {@code blocks}' (with or without their runs), kept as ranges;
     * {@code breaker} sets their runs again, and must set lines as the packed ones were set.
     */
    StoredPages(List<Page> packed, LineBreaker breaker, List<LeafBlock> blocks) {
        this.breaker = breaker;
        this.blocks = blocks;
        int lines = 0;
        for (Page page : packed) {
            lines += page.lines().size();
        }
        firstLine = new int[packed.size() + 1];
        block = new int[lines];
        start = new int[lines];
        end = new int[lines];
        flags = new byte[lines];
        spaceBefore = new DoubleColumn(lines);
        top = new DoubleColumn(lines);
        height = new DoubleColumn(lines);
        hangStart = new DoubleColumn(lines);
        hangEnd = new DoubleColumn(lines);
        int i = 0;
        for (int p = 0; p < packed.size(); p++) {
            firstLine[p] = i;
            for (Line line : packed.get(p).lines()) {
                store(i++, line);
            }
        }
        firstLine[packed.size()] = lines;
        for (DoubleColumn column : List.of(spaceBefore, top, height, hangStart, hangEnd)) {
            column.seal();
        }
    }

    private void store(int i, Line line) {
        block[i] = line.block();
        start[i] = line.start();
        end[i] = line.end();
        flags[i] = (byte) ((line.firstOfBlock() ? FIRST : 0) | (line.lastOfBlock() ? LAST : 0)
                | (line.hyphenated() ? HYPHENATED : 0) | (line.letterSpaced() ? LETTER_SPACED : 0)
                | line.kind().ordinal() << KIND_SHIFT);
        spaceBefore.set(i, line.spaceBefore());
        top.set(i, line.top());
        height.set(i, line.height());
        hangStart.set(i, line.hangStart());
        hangEnd.set(i, line.hangEnd());
    }

    @Override
    public int size() {
        return firstLine.length - 1;
    }

    @Override
    public synchronized Page get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        Page kept = near.get(index);
        if (kept == null) {
            kept = set(index);
            near.put(index, kept);
        }
        return kept;
    }

    /** Where page {@code index} starts, without setting it. */
    Anchor start(int index) {
        int line = firstLine[index];
        return new Anchor(block[line], start[line]);
    }

    private Page set(int index) {
        List<Line> lines = new ArrayList<>(firstLine[index + 1] - firstLine[index]);
        BlockTypesetter setting = null;
        int settingBlock = -1;
        for (int i = firstLine[index]; i < firstLine[index + 1]; i++) {
            if (block[i] != settingBlock) {
                settingBlock = block[i];
                setting = breaker.setting(blocks.get(settingBlock), settingBlock == 0 ? null : blocks.get(settingBlock - 1));
            }
            lines.add(breaker.again(setting, box(i)));
        }
        return new Page(index, lines);
    }

    /** Line {@code i} as a box with no runs: what {@link LineBreaker#again} sets it from. */
    private Line box(int i) {
        int f = flags[i];
        return new Line(block[i], start[i], end[i], KINDS[f >>> KIND_SHIFT], (f & FIRST) != 0, (f & LAST) != 0,
                spaceBefore.get(i), top.get(i), height.get(i), 0, List.of(), List.of(), (f & HYPHENATED) != 0,
                hangStart.get(i), hangEnd.get(i), (f & LETTER_SPACED) != 0);
    }

    /** The pages' lines one after another, each box at hand without setting its page. */
    LineSequence lines() {
        return new LineSequence() {
            @Override
            public int size() {
                return block.length;
            }

            @Override
            public Line line(int index) {
                int page = pageOfLine(index);
                return get(page).lines().get(index - firstLine[page]);
            }

            @Override
            public double height(int index) {
                return height.get(index);
            }

            @Override
            public double spaceBefore(int index) {
                return spaceBefore.get(index);
            }

            @Override
            public Anchor anchor(int index) {
                return new Anchor(block[index], start[index]);
            }
        };
    }

    /** The page line {@code line} is on: the last page whose first line is at or before it. */
    private int pageOfLine(int line) {
        int low = 0;
        int high = size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (firstLine[mid] <= line) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
