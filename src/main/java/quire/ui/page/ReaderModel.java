package quire.ui.page;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import quire.layout.Chapters;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.PaginationJob;
import quire.layout.Paginator;
import quire.layout.PreparedStory;
import quire.layout.TextMeasurer;
import quire.layout.TextProgress;
import quire.place.Anchor;
import quire.place.BlockRole;
import quire.place.TextRange;
import quire.story.Story;

/**
 * The reading session: which story, how it is paginated now, how many pages are in view (one, or two
 * side by side), and where the reader is. The place is an {@link Anchor}; the page shown is derived from
 * it whenever the layout changes, so resizing the window or changing the font keeps the first word of
 * the page on screen. Only the reader's own moves (page turns, go to page) move the anchor.
 *
 * <p>A long story is laid out in two steps so the first page appears at once: a preview of the pages
 * from the anchor (in Scroll mode, with a few screens before it to scroll back into), then the exact
 * pagination in slices between frames ({@link PaginationJob}), after which "page X of Y" is exact.
 * {@link #exactProperty()} tells which is showing.
 */
public final class ReaderModel {
    /** Stories longer than this (about 35,000 words) are paginated in the background. */
    public static final long BACKGROUND_LAYOUT_CHARACTERS = 200_000;
    /** Spreads laid out by a preview. */
    static final int PREVIEW_VIEWS = 3;

    private final Story story;
    private final PreparedStory prepared;
    private final TextMeasurer measurer;
    private final TextProgress progress;
    private final SlicedLayout sliced;
    private final boolean helped;
    private final ReadingTime time;
    private final PlaceLabels labels;
    private final ChapterMoves byChapter;
    private final Pictures pictures;

    // ---- state (read-only to views) ----
    private final ReadOnlyObjectWrapper<Pagination> pagination = new ReadOnlyObjectWrapper<>(this, "pagination");
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyObjectWrapper<Anchor> anchor = new ReadOnlyObjectWrapper<>(this, "anchor", Anchor.START);
    private final ReadOnlyBooleanWrapper exact = new ReadOnlyBooleanWrapper(this, "exact", true);
    private final ReadOnlyDoubleWrapper layoutProgress = new ReadOnlyDoubleWrapper(this, "layoutProgress", 1);
    private int pagesInView = 1;
    /** Scroll mode: the place is set by the scroll view, the text in view is what it shows. */
    private boolean scrollMode;
    private Optional<TextRange> scrolledView = Optional.empty();
    private boolean scrolledToEnd;

    public ReaderModel(Story story, TextMeasurer measurer) {
        this(story, PreparedStory.of(story), measurer);
    }

    /** {@code later} runs background layout slices on the UI thread, one after another. */
    public ReaderModel(Story story, TextMeasurer measurer, Executor later) {
        this(story, PreparedStory.of(story), measurer, later, false);
    }

    /** As the others, starting from {@code prepared}, the same story already flattened (by {@code ReaderWarmUp}). */
    public ReaderModel(Story story, PreparedStory prepared, TextMeasurer measurer) {
        this(story, prepared, measurer, Platform::runLater, true);
    }

    /** {@code helped}: long stories are counted on {@link LayoutHelpers} as well as in the UI thread's slices. */
    private ReaderModel(Story story, PreparedStory prepared, TextMeasurer measurer, Executor later, boolean helped) {
        this.story = story;
        this.helped = helped;
        this.prepared = prepared;
        this.measurer = measurer;
        this.progress = new TextProgress(prepared.blockTexts());
        this.sliced = new SlicedLayout(later, this::show, layoutProgress::set);
        this.time = new ReadingTime(this, progress);
        this.labels = new PlaceLabels(this, progress);
        this.byChapter = new ChapterMoves(this);
        this.pictures = new Pictures(prepared.pictures());
    }

    /** The story's pictures, decoded for the page views as they draw them. */
    public Pictures pictures() {
        return pictures;
    }

    /** The chapter in view, and the moves to the next and previous one. */
    public ChapterMoves byChapter() {
        return byChapter;
    }

    /** Time left, a chapter's length, the words in view, at the reader's pace. */
    public ReadingTime time() {
        return time;
    }

    /** How places are named in lists: "p. 12", or "38%" while the pages are not yet exact. */
    public PlaceLabels labels() {
        return labels;
    }

    public Story story() {
        return story;
    }

    /** Each leaf block's text, in reading order: what anchors and text ranges index into. */
    public List<String> blockTexts() {
        return prepared.blockTexts();
    }

    /** What each leaf block is (paragraph, heading, scene break), parallel to {@link #blockTexts()}. */
    public List<BlockRole> blockRoles() {
        return prepared.blockRoles();
    }

    /** The story's language ("en" when its front matter does not say). */
    public String language() {
        return prepared.language();
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

    /** False while a long story shows preview pages and the exact pagination is still being made. */
    public ReadOnlyBooleanProperty exactProperty() {
        return exact.getReadOnlyProperty();
    }

    /** How much of the exact pagination is done, 0 to 1. */
    public ReadOnlyDoubleProperty layoutProgressProperty() {
        return layoutProgress.getReadOnlyProperty();
    }

    /** How far through the story the current page starts, from 0 to 1; 1 when the last page is in view. */
    public double fractionRead() {
        Pagination p = pagination.get();
        if (p == null) {
            return 0;
        }
        if (scrollMode) {
            return scrolledToEnd ? 1 : progress.fractionOf(anchor.get());
        }
        boolean atTheEnd = exact.get() && lastInView() >= p.pageCount() - 1;
        return atTheEnd ? 1 : progress.fractionOf(p.page(pageIndex.get()).start());
    }

    /** The last page in view, 0-based (the right page of a spread when there is one). */
    public int lastInView() {
        Pagination p = pagination.get();
        int last = pageIndex.get() + pagesInView - 1;
        return p == null ? last : Math.min(last, p.pageCount() - 1);
    }

    /** True in Scroll mode: the story is one column and the scroll view sets the place. */
    public boolean scrollMode() {
        return scrollMode;
    }

    // ---- commands ----

    /**
     * Scroll mode on or off. In Scroll mode the pages are still made (one per screen, their lines are
     * the column's), but the place is the scroll view's reading line, not a page's first word.
     */
    public void setScrollMode(boolean on) {
        scrollMode = on;
        scrolledView = Optional.empty();
        scrolledToEnd = false;
        Pagination p = pagination.get();
        if (!on && p != null) {
            pageIndex.set(firstOfView(p.pageIndexOf(anchor.get())));
        }
    }

    /**
     * The scroll view moved: {@code place} is its reading line's first character, {@code inView} the text
     * on screen. The page index follows (for "p. 12" labels, and the page B bookmarks), on a preview's
     * provisional pages too: a preview in Scroll mode starts screens before the place.
     */
    public void scrolledTo(Anchor place, TextRange inView, boolean atEnd) {
        scrolledView = Optional.of(inView);
        scrolledToEnd = atEnd;
        anchor.set(place);
        Pagination p = pagination.get();
        if (p != null) {
            pageIndex.set(firstOfView(p.pageIndexOf(place)));
        }
    }

    /** Lays the story out for {@code spec} with {@code pages} pages in view, keeping the anchor on screen. */
    public void layout(PageSpec spec, int pages) {
        int views = Math.max(1, Math.min(2, pages));
        Pagination current = pagination.get();
        PageSpec target = sliced.making().orElse(current == null ? null : current.spec());
        if (spec.equals(target) && views == pagesInView) {
            return;
        }
        pagesInView = views;
        sliced.cancel();
        if (current != null && current.spec().equals(spec) && exact.get()) {
            show(current);
        } else if (prepared.characters() <= BACKGROUND_LAYOUT_CHARACTERS) {
            show(Paginator.paginate(prepared, spec, measurer));
        } else {
            startBackgroundLayout(spec);
        }
    }

    private void show(Pagination exactPages) {
        exact.set(true);
        layoutProgress.set(1);
        pagination.set(exactPages);
        pageIndex.set(firstOfView(exactPages.pageIndexOf(anchor.get())));
    }

    private void startBackgroundLayout(PageSpec spec) {
        Pagination preview = preview(spec, anchor.get());
        exact.set(false);
        layoutProgress.set(0);
        pagination.set(preview);
        pageIndex.set(previewIndexOf(preview, anchor.get()));
        sliced.start(helped ? new PaginationJob(prepared, spec, measurer, LayoutHelpers.threads(), LayoutHelpers.COUNT)
                : new PaginationJob(prepared, spec, measurer));
    }

    /** Jumps need exact page numbers: finishes a background layout at once (a no-op when exact). */
    public void finishLayout() {
        sliced.finishNow();
    }

    public void nextPage() {
        Pagination p = pagination.get();
        if (p != null && pageIndex.get() + pagesInView < p.pageCount()) {
            goToPage(pageIndex.get() + pagesInView);
        } else if (!exact.get()) {
            finishLayout();
            nextPage();
        }
    }

    public void previousPage() {
        if (!exact.get() && pageIndex.get() - pagesInView < 0) {
            finishLayout();
        }
        goToPage(pageIndex.get() - pagesInView);
    }

    public void firstPage() {
        finishLayout();
        goToPage(0);
    }

    public void lastPage() {
        finishLayout();
        Pagination p = pagination.get();
        if (p != null) {
            goToPage(p.pageCount() - 1);
        }
    }

    /** Shows the page at 0-based {@code index} (with its spread partner), clamped to the story. */
    public void goToPage(int index) {
        if (!exact.get() && index != pageIndex.get() + pagesInView && index != pageIndex.get() - pagesInView) {
            finishLayout();
        }
        Pagination p = pagination.get();
        if (p == null) {
            return;
        }
        int first = firstOfView(Math.max(0, Math.min(index, p.pageCount() - 1)));
        anchor.set(p.page(first).start());
        pageIndex.set(first);
    }

    /** Goes to the page holding the character at {@code fraction} (0 to 1) of the story's text. */
    public void goToFraction(double fraction) {
        moveTo(progress.anchorAt(fraction));
        Pagination p = pagination.get();
        if (p != null) {
            anchor.set(p.page(pageIndex.get()).start());
        }
    }

    /**
     * Shows the page holding {@code place} (a search match), without waiting for a long story's exact
     * pages: while they are being counted, the preview is made again from there and the count goes on.
     */
    public void reveal(Anchor place) {
        Pagination p = pagination.get();
        if (p == null) {
            anchor.set(place);
        } else if (exact.get() && scrollMode) {
            anchor.set(place);
            pageIndex.set(p.pageIndexOf(place));
        } else if (exact.get()) {
            goToPage(p.pageIndexOf(place));
        } else {
            Pagination preview = preview(p.spec(), place);
            anchor.set(scrollMode ? place : preview.page(0).start());
            pagination.set(preview);
            pageIndex.set(previewIndexOf(preview, place));
        }
    }

    /** Provisional pages from {@code place} while the exact ones are counted; in Scroll mode, some before it too. */
    private Pagination preview(PageSpec spec, Anchor place) {
        return Paginator.preview(prepared, spec, measurer, place, PREVIEW_VIEWS * pagesInView,
                scrollMode ? PREVIEW_VIEWS : 0);
    }

    /** The preview's page holding {@code place}: its first, but in Scroll mode, whose preview starts before. */
    private int previewIndexOf(Pagination preview, Anchor place) {
        return scrollMode ? preview.pageIndexOf(place) : 0;
    }

    /** The text of the pages in view, from the first character of the first to the end of the last. */
    public Optional<TextRange> textInView() {
        Pagination p = pagination.get();
        if (p == null) {
            return Optional.empty();
        }
        if (scrollMode && scrolledView.isPresent()) {
            return scrolledView;
        }
        List<quire.layout.Line> lastLines = p.page(lastInView()).lines();
        quire.layout.Line last = lastLines.get(lastLines.size() - 1);
        return Optional.of(new TextRange(p.page(pageIndex.get()).start(),
                new Anchor(last.block(), last.end())));
    }

    /** The story's chapters; empty when it is not divided into chapters. */
    public Chapters chapters() {
        return prepared.chapters();
    }

    /**
     * Where the reader is reading: the page's first word, or in Scroll mode the first line fully shown
     * (the place, unless the column's end kept a jump's place from reaching the top).
     */
    Optional<Anchor> pageStart() {
        Pagination p = pagination.get();
        if (scrollMode) {
            return Optional.of(scrolledView.map(TextRange::start).orElse(anchor.get()));
        }
        return p == null ? Optional.empty() : Optional.of(p.page(pageIndex.get()).start());
    }

    /** Puts the reader at {@code place}, e.g. a remembered position. */
    public void moveTo(Anchor place) {
        finishLayout();
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
