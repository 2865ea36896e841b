package quire.ui;

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
import quire.layout.Chapter;
import quire.layout.Chapters;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.PaginationJob;
import quire.layout.Paginator;
import quire.layout.PreparedStory;
import quire.layout.TextMeasurer;
import quire.layout.TextProgress;
import quire.pace.ReadingPace;
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
    /** Reading speed used for "time left" until the reader's own pace is known. */
    public static final int WORDS_PER_MINUTE = ReadingPace.DEFAULT_WORDS_PER_MINUTE;
    /** Stories longer than this (about 35,000 words) are paginated in the background. */
    public static final long BACKGROUND_LAYOUT_CHARACTERS = 200_000;
    /** Work per slice of background layout: well inside one 60 Hz frame. */
    static final long SLICE_NANOS = 6_000_000;
    /** Spreads laid out by a preview. */
    static final int PREVIEW_VIEWS = 3;

    private final Story story;
    private final PreparedStory prepared;
    private final TextMeasurer measurer;
    private final TextProgress progress;
    private final Executor later;
    private PaginationJob job;
    private int wordCount = -1;
    private int generation;

    // ---- state (read-only to views) ----
    private final ReadOnlyObjectWrapper<Pagination> pagination = new ReadOnlyObjectWrapper<>(this, "pagination");
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyObjectWrapper<Anchor> anchor = new ReadOnlyObjectWrapper<>(this, "anchor", Anchor.START);
    private final ReadOnlyBooleanWrapper exact = new ReadOnlyBooleanWrapper(this, "exact", true);
    private final ReadOnlyDoubleWrapper layoutProgress = new ReadOnlyDoubleWrapper(this, "layoutProgress", 1);
    private final ReadOnlyDoubleWrapper wordsPerMinute = new ReadOnlyDoubleWrapper(this, "wordsPerMinute",
            WORDS_PER_MINUTE);
    private int pagesInView = 1;
    /** Scroll mode: the place is set by the scroll view, the text in view is what it shows. */
    private boolean continuous;
    private Optional<TextRange> scrolledView = Optional.empty();
    private boolean scrolledToEnd;

    public ReaderModel(Story story, TextMeasurer measurer) {
        this(story, measurer, Platform::runLater);
    }

    /** {@code later} runs background layout slices on the UI thread, one after another. */
    public ReaderModel(Story story, TextMeasurer measurer, Executor later) {
        this(story, PreparedStory.of(story), measurer, later);
    }

    /** As the others, starting from {@code prepared}, the same story already flattened (by {@link ReaderWarmUp}). */
    public ReaderModel(Story story, PreparedStory prepared, TextMeasurer measurer) {
        this(story, prepared, measurer, Platform::runLater);
    }

    private ReaderModel(Story story, PreparedStory prepared, TextMeasurer measurer, Executor later) {
        this.story = story;
        this.prepared = prepared;
        this.measurer = measurer;
        this.progress = new TextProgress(prepared.blockTexts());
        this.later = later;
    }

    public Story story() {
        return story;
    }

    /** The story's words, counted once: "time left" asks on every page turn. */
    private int words() {
        if (wordCount < 0) {
            wordCount = story.wordCount();
        }
        return wordCount;
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
        if (continuous) {
            return scrolledToEnd ? 1 : progress.fractionOf(anchor.get());
        }
        boolean atTheEnd = exact.get() && lastInView() >= p.pageCount() - 1;
        return atTheEnd ? 1 : progress.fractionOf(p.page(pageIndex.get()).start());
    }

    /** The reader's pace, which "time left" and chapter lengths use: {@link #WORDS_PER_MINUTE} until known. */
    public ReadOnlyDoubleProperty wordsPerMinuteProperty() {
        return wordsPerMinute.getReadOnlyProperty();
    }

    /** The reader's pace is now {@code perMinute} words a minute (ignored unless positive). */
    public void setWordsPerMinute(double perMinute) {
        if (perMinute > 0) {
            wordsPerMinute.set(perMinute);
        }
    }

    /** Minutes left from the current page at the reader's pace, rounded up. */
    public int minutesLeft() {
        double wordsLeft = words() * (1 - fractionRead());
        return (int) Math.ceil(wordsLeft / wordsPerMinute.get());
    }

    /**
     * About how many words the pages in view hold: the story's words in proportion to the text they
     * cover, as "time left" counts them, so a page read is weighed the same way the rest is estimated.
     */
    public int wordsInView() {
        return textInView().map(range -> (int) Math.round(words()
                * Math.max(0, progress.fractionOf(range.end()) - progress.fractionOf(range.start())))).orElse(0);
    }

    /** The last page in view, 0-based (the right page of a spread when there is one). */
    public int lastInView() {
        Pagination p = pagination.get();
        int last = pageIndex.get() + pagesInView - 1;
        return p == null ? last : Math.min(last, p.pageCount() - 1);
    }

    /** True in Scroll mode: the story is one column and the scroll view sets the place. */
    public boolean continuous() {
        return continuous;
    }

    // ---- commands ----

    /**
     * Scroll mode on or off. In Scroll mode the pages are still made (one per screen, their lines are
     * the column's), but the place is the scroll view's reading line, not a page's first word.
     */
    public void setContinuous(boolean on) {
        continuous = on;
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
        PageSpec target = job != null ? job.spec() : current == null ? null : current.spec();
        if (spec.equals(target) && views == pagesInView) {
            return;
        }
        pagesInView = views;
        generation++;
        job = null;
        if (current != null && current.spec().equals(spec) && exact.get()) {
            show(current);
        } else if (prepared.characters() <= BACKGROUND_LAYOUT_CHARACTERS) {
            show(Paginator.paginate(prepared, spec, measurer));
        } else {
            startBackgroundLayout(spec);
        }
    }

    private void show(Pagination exactPages) {
        job = null;
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
        job = new PaginationJob(prepared, spec, measurer);
        int mine = generation;
        later.execute(() -> step(mine));
    }

    private void step(int mine) {
        if (mine != generation || job == null) {
            return; // a newer layout replaced this one
        }
        if (job.advance(SLICE_NANOS)) {
            show(job.result());
        } else {
            layoutProgress.set(job.progress());
            later.execute(() -> step(mine));
        }
    }

    /** Jumps need exact page numbers: finishes a background layout at once (a no-op when exact). */
    public void finishLayout() {
        if (job != null) {
            job.advance(Long.MAX_VALUE);
            show(job.result());
        }
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
        } else if (exact.get() && continuous) {
            anchor.set(place);
            pageIndex.set(p.pageIndexOf(place));
        } else if (exact.get()) {
            goToPage(p.pageIndexOf(place));
        } else {
            Pagination preview = preview(p.spec(), place);
            anchor.set(continuous ? place : preview.page(0).start());
            pagination.set(preview);
            pageIndex.set(previewIndexOf(preview, place));
        }
    }

    /** Provisional pages from {@code place} while the exact ones are counted; in Scroll mode, some before it too. */
    private Pagination preview(PageSpec spec, Anchor place) {
        return Paginator.preview(prepared, spec, measurer, place, PREVIEW_VIEWS * pagesInView,
                continuous ? PREVIEW_VIEWS : 0);
    }

    /** The preview's page holding {@code place}: its first, but in Scroll mode, whose preview starts before. */
    private int previewIndexOf(Pagination preview, Anchor place) {
        return continuous ? preview.pageIndexOf(place) : 0;
    }

    /** "p. 12" for a place once pages are exact; until then where it is in the text, "38%". */
    public String pageLabel(Anchor place) {
        Pagination p = pagination.get();
        if (p != null && exact.get()) {
            return "p. " + (p.pageIndexOf(place) + 1);
        }
        return percentAt(place) + "%";
    }

    /** "p. 12 · 38%" once pages are exact; until then just "38%", never the percent twice. */
    public String placeLabel(Anchor place) {
        String page = pageLabel(place);
        return exact.get() && pagination.get() != null ? page + " \u00b7 " + percentAt(place) + "%" : page;
    }

    /** How far through the story {@code place} is, in whole percent. */
    public int percentAt(Anchor place) {
        return (int) Math.floor(progress.fractionOf(place) * 100);
    }

    /** The text of the pages in view, from the first character of the first to the end of the last. */
    public Optional<TextRange> textInView() {
        Pagination p = pagination.get();
        if (p == null) {
            return Optional.empty();
        }
        if (continuous && scrolledView.isPresent()) {
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

    /** The chapter the page in view belongs to, if any. */
    public Optional<Chapter> currentChapter() {
        return pageStart().flatMap(start -> chapters().at(start));
    }

    /** Goes to the first page of the next chapter (Ctrl+Page Down). */
    public void nextChapter() {
        pageStart().flatMap(start -> chapters().after(start)).ifPresent(chapter -> reveal(chapter.start()));
    }

    /**
     * Goes to the first page of this chapter, or of the one before when already there (Ctrl+Page Up),
     * as a book's previous-chapter button does.
     */
    public void previousChapter() {
        pageStart().ifPresent(start -> {
            Optional<Chapter> here = chapters().at(start);
            if (here.isPresent() && here.get().start().compareTo(start) < 0) {
                reveal(here.get().start());
            } else {
                List<Chapter> all = chapters().list();
                int index = here.map(c -> c.number() - 2).orElse(-1);
                if (index >= 0) {
                    reveal(all.get(index).start());
                }
            }
        });
    }

    /** Minutes of reading from the page in view to the end of its chapter, rounded up. */
    public int minutesLeftInChapter() {
        Optional<Chapter> chapter = currentChapter();
        if (chapter.isEmpty()) {
            return minutesLeft();
        }
        double words = words() * Math.max(0, endOf(chapter.get()) - fractionRead());
        return (int) Math.ceil(words / wordsPerMinute.get());
    }

    /** Minutes a chapter takes at the reader's pace, at least one. */
    public int minutesOf(Chapter chapter) {
        double words = words() * (endOf(chapter) - progress.fractionOf(chapter.start()));
        return Math.max(1, (int) Math.ceil(words / wordsPerMinute.get()));
    }

    /** Where a chapter ends, as a fraction of the text: where the next one starts, or the story's end. */
    private double endOf(Chapter chapter) {
        return chapters().endOf(chapter).map(progress::fractionOf).orElse(1.0);
    }

    /**
     * Where the reader is reading: the page's first word, or in Scroll mode the first line fully shown
     * (the place, unless the column's end kept a jump's place from reaching the top).
     */
    private Optional<Anchor> pageStart() {
        Pagination p = pagination.get();
        if (continuous) {
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
