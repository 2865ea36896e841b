package quire.ui.page;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.PaginationJob;

/**
 * A long story's exact pagination, made in slices between frames on the UI thread (and on the job's
 * helper threads, when it has them) while a preview is shown. A new layout cancels the one being made (its remaining slices do nothing); a jump that needs
 * exact page numbers finishes it at once.
 */
final class SlicedLayout {
    /** Work per slice: well inside one 60 Hz frame. */
    static final long SLICE_NANOS = 6_000_000;

    private final Executor later;
    private final Consumer<Pagination> done;
    private final DoubleConsumer progress;
    private PaginationJob job;
    private int generation;

    /** {@code later} runs the slices; {@code done} gets the pages, {@code progress} how far it is (0 to 1). */
    SlicedLayout(Executor later, Consumer<Pagination> done, DoubleConsumer progress) {
        this.later = later;
        this.done = done;
        this.progress = progress;
    }

    /** The spec being laid out, while one is. */
    Optional<PageSpec> making() {
        return job == null ? Optional.empty() : Optional.of(job.spec());
    }

    void cancel() {
        generation++;
        if (job != null) {
            job.cancel();
        }
        job = null;
    }

    void start(PaginationJob newJob) {
        cancel();
        job = newJob;
        int mine = generation;
        later.execute(() -> step(mine));
    }

    private void step(int mine) {
        if (mine != generation || job == null) {
            return; // a newer layout replaced this one
        }
        if (job.advance(SLICE_NANOS)) {
            finish();
        } else {
            progress.accept(job.progress());
            later.execute(() -> step(mine));
        }
    }

    /** Finishes the pages being made at once (a no-op when none are). */
    void finishNow() {
        if (job != null) {
            job.advance(Long.MAX_VALUE);
            finish();
        }
    }

    private void finish() {
        Pagination pages = job.result();
        job = null;
        done.accept(pages);
    }
}
