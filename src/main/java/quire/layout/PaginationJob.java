package quire.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A full pagination done in slices, so a long story can be laid out between frames without blocking
 * input: each {@link #advance(long)} breaks blocks into lines until its time budget is spent. Line
 * breaking is the expensive part; packing lines into pages happens once at the end and is quick.
 * Deterministic: the result equals {@link Paginator#paginate} for the same inputs.
 */
public final class PaginationJob {
    private final PreparedStory story;
    private final PageSpec spec;
    private final LineBreaker breaker;
    private final List<Line> lines = new ArrayList<>();
    private int nextBlock;
    private Pagination result;

    public PaginationJob(PreparedStory story, PageSpec spec, TextMeasurer measurer) {
        this.story = story;
        this.spec = spec;
        this.breaker = LineBreaker.forPage(measurer, spec, story);
    }

    public PageSpec spec() {
        return spec;
    }

    /** Works for about {@code budgetNanos}; true once the pagination is complete. */
    public boolean advance(long budgetNanos) {
        long start = System.nanoTime();
        List<LeafBlock> blocks = story.blocks();
        while (result == null && nextBlock < blocks.size()) {
            LeafBlock previous = nextBlock == 0 ? null : blocks.get(nextBlock - 1);
            lines.addAll(breaker.lines(blocks.get(nextBlock), previous));
            nextBlock++;
            if ((nextBlock & 7) == 0 && System.nanoTime() - start > budgetNanos) {
                return false;
            }
        }
        if (result == null) {
            if (lines.isEmpty()) {
                lines.addAll(breaker.lines(Paginator.emptyBlock(), null));
            }
            result = new Pagination(spec, PagePacker.pack(lines, spec.contentHeight(), Paginator.chapterBlocks(story, spec),
                    new PageEndRebreak(breaker, blocks)));
        }
        return true;
    }

    public boolean done() {
        return result != null;
    }

    /** How much of the work is done, from 0 to 1; packing the pages counts as the last block. */
    public double progress() {
        return result != null ? 1 : (double) nextBlock / (story.blocks().size() + 1);
    }

    /** The finished pagination; only after {@link #advance(long)} returned true. */
    public Pagination result() {
        if (result == null) {
            throw new IllegalStateException("pagination not finished");
        }
        return result;
    }
}
