package quire.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.layout.Anchor;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Paginator;
import quire.layout.TextMeasurer;
import quire.layout.TextProgress;
import quire.story.Story;

/**
 * The reading session: which story, how it is paginated now, and where the reader is. The place is an
 * {@link Anchor}; the page index is derived from it whenever the layout changes, so resizing the window
 * or changing the font keeps the first word of the page on screen. Page turns move the anchor to the
 * first character of the new page.
 */
public final class ReaderModel {
    /** Reading speed used for "time left" until the reader's own pace is known. */
    public static final int WORDS_PER_MINUTE = 250;

    private final Story story;
    private final TextMeasurer measurer;
    private final TextProgress progress;

    // ---- state (read-only to views) ----
    private final ReadOnlyObjectWrapper<Pagination> pagination = new ReadOnlyObjectWrapper<>(this, "pagination");
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private Anchor anchor = Anchor.START;

    public ReaderModel(Story story, TextMeasurer measurer) {
        this.story = story;
        this.measurer = measurer;
        this.progress = new TextProgress(Paginator.blockTexts(story));
    }

    public Story story() {
        return story;
    }

    public ReadOnlyObjectProperty<Pagination> paginationProperty() {
        return pagination.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public Anchor anchor() {
        return anchor;
    }

    /** How far through the story the current page starts, from 0 to 1; 1 on the last page. */
    public double fractionRead() {
        Pagination p = pagination.get();
        if (p == null) {
            return 0;
        }
        return pageIndex.get() == p.pageCount() - 1 ? 1 : progress.fractionOf(p.page(pageIndex.get()).start());
    }

    /** Minutes left from the current page at {@link #WORDS_PER_MINUTE}, rounded up. */
    public int minutesLeft() {
        double wordsLeft = story.wordCount() * (1 - fractionRead());
        return (int) Math.ceil(wordsLeft / WORDS_PER_MINUTE);
    }

    // ---- commands ----

    /** Lays the story out for {@code spec}, keeping the reader's anchor on screen. */
    public void layout(PageSpec spec) {
        Pagination current = pagination.get();
        if (current != null && current.spec().equals(spec)) {
            return;
        }
        Pagination next = Paginator.paginate(story, spec, measurer);
        pagination.set(next);
        pageIndex.set(next.pageIndexOf(anchor));
    }

    public void nextPage() {
        goToPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        goToPage(pageIndex.get() - 1);
    }

    public void firstPage() {
        goToPage(0);
    }

    public void lastPage() {
        Pagination p = pagination.get();
        if (p != null) {
            goToPage(p.pageCount() - 1);
        }
    }

    /** Shows the page at 0-based {@code index}, clamped to the story. */
    public void goToPage(int index) {
        Pagination p = pagination.get();
        if (p == null) {
            return;
        }
        int clamped = Math.max(0, Math.min(index, p.pageCount() - 1));
        anchor = p.page(clamped).start();
        pageIndex.set(clamped);
    }

    /** Puts the reader at {@code place}, e.g. a remembered position; shown once laid out. */
    public void moveTo(Anchor place) {
        anchor = place;
        Pagination p = pagination.get();
        if (p != null) {
            pageIndex.set(p.pageIndexOf(place));
        }
    }
}
