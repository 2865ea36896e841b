package quire.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Breaks one leaf block into lines at a given content width. Breaks fall only at
 * {@link BreakOpportunities} (after spaces, and after dashes between words) and, when hyphenating, at
 * a word's hyphenation points; a hard break always ends a line, and a word wider than the whole line is
 * split between characters rather than clipped. Paragraphs are set whole ({@link Strategy#OPTIMAL},
 * Knuth and Plass); headings, scene breaks and preformatted text, and the {@link Strategy#GREEDY}
 * breaker kept for comparison, fill one line at a time. A breaker is for one thread at a time (it
 * refills its paragraph lists); each helper thread of a {@link PaginationJob} makes its own.
 */
final class LineBreaker {
    /**
     * {@code WORD_SPACES_ONLY}: the optimal breaker without letter spacing or glyph expansion;
     * {@code NO_GLYPH_EXPANSION}: with letter spacing but not glyph expansion. Both kept for comparison.
     */
    enum Strategy { GREEDY, OPTIMAL, WORD_SPACES_ONLY, NO_GLYPH_EXPANSION }

    private final TextMeasurer measurer;
    private final Typography typography;
    private final double contentWidth;
    private final double maxHang;
    private final Strategy strategy;
    private final OptimalBreaker optimal;
    private final Supplier<Hyphenator> hyphenator;
    private final BreakTally tally = new BreakTally();
    /** The tallest a picture may be drawn: the page's content height. */
    private double pictureHeight = Double.MAX_VALUE;
    /** False for a breaker that sets only the lines' boxes (see {@link #boxesOnly()}). */
    private boolean drawn = true;

    /**
     * @param maxHang    how far punctuation may hang outside the content box (the narrower side margin)
     * @param hyphenator the story's patterns, asked for only when a paragraph needs hyphens; may answer null
     */
    LineBreaker(TextMeasurer measurer, Typography typography, double contentWidth, double maxHang,
                Supplier<Hyphenator> hyphenator, Strategy strategy) {
        this.measurer = measurer;
        this.typography = typography;
        this.contentWidth = contentWidth;
        this.maxHang = maxHang;
        this.strategy = strategy;
        this.hyphenator = hyphenator;
        this.optimal = new OptimalBreaker(hyphenator, tally,
                strategy == Strategy.OPTIMAL || strategy == Strategy.NO_GLYPH_EXPANSION);
    }

    /** The breaker the engine uses for a page spec and story. */
    static LineBreaker forPage(TextMeasurer measurer, PageSpec spec, PreparedStory story) {
        double margin = Math.min(spec.margins().left(), spec.margins().right());
        LineBreaker breaker = new LineBreaker(measurer, spec.typography(), spec.contentWidth(), Math.max(0, margin),
                story::hyphenator, Strategy.OPTIMAL);
        breaker.pictureHeight = spec.contentHeight();
        return breaker;
    }

    /**
     * A breaker like this one that sets only its lines' boxes, no runs: what counting a story's pages
     * needs. Its lines equal this one's but for their runs and decorations, which {@link #again} gives.
     */
    LineBreaker boxesOnly() {
        LineBreaker boxes = new LineBreaker(measurer, typography, contentWidth, maxHang, hyphenator,
                strategy);
        boxes.pictureHeight = pictureHeight;
        boxes.drawn = false;
        return boxes;
    }

    /** How a block is set: for setting its lines {@linkplain #again again}. */
    BlockTypesetter setting(LeafBlock block, LeafBlock previous) {
        return new BlockTypesetter(block, previous, measurer, typography, contentWidth, maxHang,
                strategy == Strategy.OPTIMAL);
    }

    /** {@code box}, a line of {@code setting}'s block, set again with its runs and placed where it was. */
    Line again(BlockTypesetter setting, Line box) {
        Line line = box.kind() == Line.Kind.IMAGE ? PictureLine.of(setting, pictureHeight)
                : setting.line(box.range(), box.firstOfBlock(), box.lastOfBlock());
        return line.placedAt(box.top());
    }

    BreakTally tally() {
        return tally;
    }

    /**
     * Forgets the hyphenation points kept of the words set so far: a count keeps tens of thousands, and
     * once it is done only the pages set again ask, a few hundred words each.
     */
    void forgetWords() {
        optimal.forgetWords();
    }

    /** How many words' hyphenation points are kept, for tests. */
    int wordsKept() {
        return optimal.wordsKept();
    }

    List<Line> lines(LeafBlock block, LeafBlock previous) {
        return lines(block, previous, NO_BAN);
    }

    /** No hyphen anywhere in block offsets {@code (from, to]}: where a page would end on one. */
    record HyphenBan(int from, int to) {
        boolean bans(int point) {
            return point > from && point <= to;
        }
    }

    static final HyphenBan NO_BAN = new HyphenBan(0, -1);

    List<Line> lines(LeafBlock block, LeafBlock previous, HyphenBan ban) {
        return lines(block, previous, ban, 0);
    }

    /**
     * The block's lines from offset {@code from} on, which must be where one of its lines starts: the
     * text before it stays as it was set (on earlier pages), and the rest is set anew, its first line
     * a continuation of the paragraph rather than its indented start.
     */
    List<Line> lines(LeafBlock block, LeafBlock previous, HyphenBan ban, int from) {
        BlockTypesetter setting = setting(block, previous);
        if (block.kind() == LeafBlock.Kind.IMAGE) {
            return List.of(PictureLine.of(setting, pictureHeight));
        }
        boolean optimalHere = strategy != Strategy.GREEDY && block.kind() == LeafBlock.Kind.PARAGRAPH;
        List<LineRange> ranges = new ArrayList<>();
        String text = block.text();
        int hardStart = from;
        while (hardStart < text.length()) {
            int newline = text.indexOf('\n', hardStart);
            int hardEnd = newline < 0 ? text.length() : newline + 1;
            if (optimalHere) {
                optimal.breakHardLine(setting, hardStart, hardEnd, hardStart == 0, ban, ranges);
            } else {
                breakHardLine(setting, hardStart, hardEnd, ranges);
            }
            hardStart = hardEnd;
        }
        if (ranges.isEmpty()) {
            ranges.add(LineRange.plain(from, from));
        }
        List<Line> lines = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            lines.add(setting.line(ranges.get(i), ranges.get(i).start() == 0, i == ranges.size() - 1, drawn));
        }
        return lines;
    }

    /** Greedy breaking of {@code [start, end)}, a stretch of text with no hard break inside. */
    private void breakHardLine(BlockTypesetter setting, int start, int end, List<LineRange> ranges) {
        int lineStart = start;
        int position = start;
        double width = 0;
        while (position < end) {
            int segmentEnd = BreakOpportunities.next(setting.chars, position, end);
            double available = setting.available(lineStart == 0);
            double segmentWidth = setting.measure(position, setting.trimEnd(position, segmentEnd));
            if (position > lineStart && width + segmentWidth > available) {
                ranges.add(LineRange.plain(lineStart, position));
                lineStart = position;
                width = 0;
                available = setting.available(false);
            }
            if (position == lineStart && segmentWidth > available) {
                lineStart = splitLongWord(setting, lineStart, segmentEnd, ranges);
                width = setting.measure(lineStart, segmentEnd);
            } else {
                width += setting.measure(position, segmentEnd);
            }
            position = segmentEnd;
        }
        if (lineStart < end) {
            ranges.add(LineRange.plain(lineStart, end));
        }
    }

    /** Emits full lines of a too-long word split between characters; returns where the rest starts. */
    private int splitLongWord(BlockTypesetter setting, int start, int end, List<LineRange> ranges) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(setting.text.substring(start, end));
        int lineStart = start;
        int previous = start;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            int position = start + next;
            if (previous > lineStart
                    && setting.measure(lineStart, setting.trimEnd(lineStart, position))
                    > setting.available(lineStart == 0)) {
                ranges.add(LineRange.plain(lineStart, previous));
                lineStart = previous;
            }
            previous = position;
        }
        return lineStart;
    }
}
