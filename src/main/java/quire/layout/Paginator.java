package quire.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import quire.place.Anchor;
import quire.story.Story;

/**
 * The engine's entry point. Paginating is pure: the same story, spec and measurer always give the
 * same pages, which is what makes "page X of Y" stable. For long stories, {@link #preview} lays out
 * just the pages from a reader's anchor (for the first frame after a font change), and for Scroll mode
 * a few before it too, while a {@link PaginationJob} computes the exact pages.
 */
public final class Paginator {
    private Paginator() {
    }

    public static Pagination paginate(Story story, PageSpec spec, TextMeasurer measurer) {
        return paginate(PreparedStory.of(story), spec, measurer);
    }

    public static Pagination paginate(PreparedStory story, PageSpec spec, TextMeasurer measurer) {
        PaginationJob job = new PaginationJob(story, spec, measurer);
        job.advance(Long.MAX_VALUE);
        return job.result();
    }

    /**
     * Pages that start with the line holding {@code from} and cover at least {@code pages} pages of text
     * after it. Page breaks here are provisional: the exact pagination may start the anchor's page a few
     * lines earlier.
     */
    public static Pagination preview(PreparedStory story, PageSpec spec, TextMeasurer measurer, Anchor from,
                                     int pages) {
        return preview(story, spec, measurer, from, pages, 0);
    }

    /**
     * As {@link #preview(PreparedStory, PageSpec, TextMeasurer, Anchor, int)}, with at least
     * {@code pagesBefore} pages of text before the anchor's line as well (whole blocks, as far back as the
     * story's start), for Scroll mode: its column can then be scrolled back from the anchor while the
     * exact pages are counted. The anchor's page then need not start at the anchor.
     */
    public static Pagination preview(PreparedStory story, PageSpec spec, TextMeasurer measurer, Anchor from,
                                     int pages, int pagesBefore) {
        LineBreaker breaker = LineBreaker.forPage(measurer, spec, story);
        List<LeafBlock> blocks = story.blocks();
        int first = Math.max(0, Math.min(from.block(), blocks.size() - 1));
        List<Line> lines = new ArrayList<>(pagesBefore > 0
                ? linesBefore(breaker, blocks, first, pagesBefore * spec.contentHeight()) : List.of());
        double height = 0;
        double wanted = (pages + 1) * spec.contentHeight();
        for (int b = first; b < blocks.size() && height < wanted; b++) {
            for (Line line : breaker.lines(blocks.get(b), b == 0 ? null : blocks.get(b - 1))) {
                boolean beforeAnchor = b == first && line.end() <= from.offset() && !line.lastOfBlock();
                if (!beforeAnchor || pagesBefore > 0) {
                    lines.add(line);
                }
                if (!beforeAnchor) {
                    height += line.height() + line.spaceBefore(); // the pages asked for are after the anchor
                }
            }
        }
        if (lines.isEmpty()) {
            lines.addAll(breaker.lines(emptyBlock(), null));
        }
        // Provisional pages, but kept off page-end hyphens as the exact ones are: the fix sets a paragraph
        // again only from the page's first line on, so the lines missing before the anchor do not matter.
        return new Pagination(spec, PagePacker.pack(lines, spec.contentHeight(), chapterBlocks(story, spec),
                new PageEndRebreak(breaker, blocks)));
    }

    /** The lines of the whole blocks just before block {@code first}, at least {@code wanted} tall when the story has them. */
    private static List<Line> linesBefore(LineBreaker breaker, List<LeafBlock> blocks, int first, double wanted) {
        ArrayDeque<List<Line>> back = new ArrayDeque<>();
        double height = 0;
        for (int b = first - 1; b >= 0 && height < wanted; b--) {
            List<Line> set = breaker.lines(blocks.get(b), b == 0 ? null : blocks.get(b - 1));
            back.addFirst(set);
            for (Line line : set) {
                height += line.height() + line.spaceBefore();
            }
        }
        List<Line> lines = new ArrayList<>();
        back.forEach(lines::addAll);
        return lines;
    }

    /** The blocks that must start a page: the chapters' first blocks, unless chapters run on. */
    static Set<Integer> chapterBlocks(PreparedStory story, PageSpec spec) {
        return spec.typography().chapterOnNewPage() ? story.chapters().startBlocks() : Set.of();
    }

    /** The text of every leaf block, in reading order: what anchors index into. */
    public static List<String> blockTexts(Story story) {
        return PreparedStory.of(story).blockTexts();
    }

    static LeafBlock emptyBlock() {
        return new LeafBlock(0, LeafBlock.Kind.PARAGRAPH, "",
                List.of(new LeafBlock.StyleRange(0, 0, false, false, false)), 0, 0, "", true);
    }
}
