package quire.layout;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * A full pagination done in slices, so a long story can be laid out between frames without blocking
 * input: each {@link #advance(long)} breaks blocks into lines until its time budget is spent. Line
 * breaking is the expensive part; packing lines into pages happens once at the end and is quick.
 * Helper threads, when given, break other runs of blocks at the same time, each with its own measurer
 * ({@link TextMeasurer#forAnotherThread()}), so a long story is counted on every core.
 * Deterministic: the result equals {@link Paginator#paginate} for the same inputs, with or without helpers.
 */
public final class PaginationJob {
    private final PreparedStory story;
    private final PageSpec spec;
    /** Sets the lines of pages when they are shown; the count itself sets only the lines' boxes. */
    private final LineBreaker drawing;
    private final LineBreaker breaker;
    private final BlockChunks chunks;
    private volatile boolean cancelled;
    private Pagination result;

    public PaginationJob(PreparedStory story, PageSpec spec, TextMeasurer measurer) {
        this.story = story;
        this.spec = spec;
        this.drawing = LineBreaker.forPage(measurer, spec, story);
        this.breaker = drawing.boxesOnly();
        this.chunks = new BlockChunks(story.blocks());
    }

    /**
     * As the other constructor, with {@code helpers} helper tasks started on {@code threads} now; they break
     * blocks until none are left or the job is {@linkplain #cancel() cancelled}.
     */
    public PaginationJob(PreparedStory story, PageSpec spec, TextMeasurer measurer, Executor threads, int helpers) {
        this(story, spec, measurer);
        for (int h = 0; h < helpers; h++) {
            threads.execute(() -> help(measurer.forAnotherThread()));
        }
    }

    private void help(TextMeasurer own) {
        LineBreaker mine = LineBreaker.forPage(own, spec, story).boxesOnly();
        for (int chunk = chunks.claim(); chunk >= 0 && !cancelled; chunk = chunks.claim()) {
            chunks.breakChunk(chunk, mine);
        }
    }

    public PageSpec spec() {
        return spec;
    }

    /** Stops the helpers (a newer layout replaced this one); the job is not to be advanced after. */
    public void cancel() {
        cancelled = true;
    }

    /** Works for about {@code budgetNanos}; true once the pagination is complete. */
    public boolean advance(long budgetNanos) {
        if (result != null) {
            return true;
        }
        long start = System.nanoTime();
        while (!chunks.allDone()) {
            int chunk = chunks.claim();
            if (chunk >= 0) {
                chunks.breakChunk(chunk, breaker);
                if (System.nanoTime() - start > budgetNanos) {
                    return chunks.allDone() && finish();
                }
            } else {
                long left = budgetNanos - (System.nanoTime() - start);
                if (left <= 0) {
                    return false;
                }
                chunks.awaitAll(left); // the helpers are breaking the last blocks; one may hand a chunk back
            }
        }
        return finish();
    }

    private boolean finish() {
        List<Line> lines = chunks.lines();
        if (lines.isEmpty()) { // an empty story: one empty page, set whole
            result = new Pagination(spec, PagePacker.pack(drawing.lines(Paginator.emptyBlock(), null),
                    spec.contentHeight()));
            return true;
        }
        List<Page> packed = PagePacker.pack(lines, spec.contentHeight(), Paginator.chapterBlocks(story, spec),
                new PageEndRebreak(breaker, story.blocks()));
        result = new Pagination(spec, new StoredPages(packed, drawing, story.blocks()));
        breaker.forgetWords(); // the helpers' breakers, and what they kept, went with their tasks
        return true;
    }

    /** How many words' hyphenation points the job's own breaker keeps, for tests. */
    int wordsKept() {
        return breaker.wordsKept();
    }

    public boolean done() {
        return result != null;
    }

    /** How much of the work is done, from 0 to 1; packing the pages counts as the last chunk. */
    public double progress() {
        return result != null ? 1 : (double) chunks.done() / (chunks.count() + 1);
    }

    /** The finished pagination; only after {@link #advance(long)} returned true. */
    public Pagination result() {
        if (result == null) {
            throw new IllegalStateException("pagination not finished");
        }
        return result;
    }
}
