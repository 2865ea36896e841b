package quire.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.layout.Anchor;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Paginator;
import quire.layout.TextProgress;
import quire.layout.TextMeasurer;
import quire.story.Story;

/**
 * The reading session: which story, how it is paginated now, how many pages are in view (one, or two
 * side by side), and where the reader is. The place is an {@link Anchor}; the page shown is derived from
 * it whenever the layout changes, so resizing the window or changing the font keeps the first word of
 * the page on screen. Only the reader's own moves (page turns, go to page) move the anchor.
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
    private final ReadOnlyObjectWrapper<Anchor> anchor = new ReadOnlyObjectWrapper<>(this, "anchor", Anchor.START);
    private int pagesInView = 1;

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

    /** The first page in view (the left one of a spread), 0-based. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** The reader's place; changes only when the reader moves. */
    public ReadOnlyObjectProperty<Anchor> anchorProperty() {
        return anchor.getReadOnlyProperty();
    }

    public Anchor anchor() {
        return anchor.get();
    }

    public int pagesInView() {
        return pagesInView;
    }

    /** How far through the story the current page starts, from 0 to 1; 1 when the last page is in view. */
    public double fractionRead() {
        Pagination p = pagination.get();
        if (p == null) {
            return 0;
        }
        return lastInView() >= p.pageCount() - 1 ? 1 : progress.fractionOf(p.page(pageIndex.get()).start());
    }

    /** Minutes left from the current page at {@link #WORDS_PER_MINUTE}, rounded up. */
    public int minutesLeft() {
        double wordsLeft = story.wordCount() * (1 - fractionRead());
        return (int) Math.ceil(wordsLeft / WORDS_PER_MINUTE);
    }

    /** The last page in view, 0-based (the right page of a spread when there is one). */
    public int lastInView() {
        Pagination p = pagination.get();
        int last = pageIndex.get() + pagesInView - 1;
        return p == null ? last : Math.min(last, p.pageCount() - 1);
    }

    // ---- commands ----

    /** Lays the story out for {@code spec} with {@code pages} pages in view, keeping the anchor on screen. */
    public void layout(PageSpec spec, int pages) {
        Pagination current = pagination.get();
        if (current != null && current.spec().equals(spec) && pages == pagesInView) {
            return;
        }
        Pagination next = current != null && current.spec().equals(spec) ? current
                : Paginator.paginate(story, spec, measurer);
        pagesInView = Math.max(1, Math.min(2, pages));
        pagination.set(next);
        pageIndex.set(firstOfView(next.pageIndexOf(anchor.get())));
    }

    public void nextPage() {
        Pagination p = pagination.get();
        if (p != null && pageIndex.get() + pagesInView < p.pageCount()) {
            goToPage(pageIndex.get() + pagesInView);
        }
    }

    public void previousPage() {
        goToPage(pageIndex.get() - pagesInView);
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

    /** Shows the page at 0-based {@code index} (with its spread partner), clamped to the story. */
    public void goToPage(int index) {
        Pagination p = pagination.get();
        if (p == null) {
            return;
        }
        int first = firstOfView(Math.max(0, Math.min(index, p.pageCount() - 1)));
        anchor.set(p.page(first).start());
        pageIndex.set(first);
    }

    /** Puts the reader at {@code place}, e.g. a remembered position. */
    public void moveTo(Anchor place) {
        anchor.set(place);
        Pagination p = pagination.get();
        if (p != null) {
            pageIndex.set(firstOfView(p.pageIndexOf(place)));
        }
    }

    /** Spreads start on even pages (0-based), like the left page of an open book. */
    private int firstOfView(int index) {
        return pagesInView == 2 ? index - index % 2 : index;
    }
}
