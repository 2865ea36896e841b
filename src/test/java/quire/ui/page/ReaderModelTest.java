package quire.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import quire.layout.FixedWidthMeasurer;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.StoryGenerator;
import quire.layout.Typography;
import quire.place.Anchor;
import quire.story.Story;

/** The reading model without a toolkit: anchors, spreads and background layout of long stories. */
class ReaderModelTest {
    private static final Story LONG = StoryGenerator.story(400_000);
    private static final Story SHORT = StoryGenerator.story(20_000);
    private final Queue<Runnable> slices = new ArrayDeque<>();

    private static PageSpec spec(double width, double size) {
        return new PageSpec(width, 500, PageSpec.Margins.uniform(30), Typography.DEFAULT.withFontSize(size));
    }

    private void runSlices() {
        while (!slices.isEmpty()) {
            slices.poll().run();
        }
    }

    @Test
    void aSearchMatchIsShownAtOnceWhileALongStorysPagesAreStillCounted() {
        ReaderModel model = new ReaderModel(LONG, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        int lastBlock = model.blockTexts().size() - 2;
        Anchor match = new Anchor(lastBlock, 3);
        model.reveal(match);
        assertThat(model.exactProperty().get()).as("no waiting for the count").isFalse();
        Pagination preview = model.paginationProperty().get();
        var shown = preview.page(model.pageIndexProperty().get());
        assertThat(shown.start()).isLessThanOrEqualTo(match);
        assertThat(model.labels().pageLabel(match)).as("a percentage until pages are known").matches("\\d+%");

        runSlices();
        assertThat(model.exactProperty().get()).isTrue();
        Pagination exact = model.paginationProperty().get();
        assertThat(model.pageIndexProperty().get()).isEqualTo(exact.pageIndexOf(match));
        assertThat(model.labels().pageLabel(match)).isEqualTo("p. " + (exact.pageIndexOf(match) + 1));
    }

    @Test
    void chapterKeysGoToTheFirstPageOfTheNextAndPreviousChapter() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        var chapters = model.chapters().list();
        assertThat(chapters).hasSizeGreaterThanOrEqualTo(2);
        model.byChapter().next();
        Pagination pages = model.paginationProperty().get();
        int second = pages.pageIndexOf(chapters.get(1).start());
        assertThat(model.pageIndexProperty().get()).isEqualTo(second);
        assertThat(model.byChapter().current()).contains(chapters.get(1));
        model.nextPage();
        model.byChapter().previous();
        assertThat(model.pageIndexProperty().get()).as("back to this chapter's start first").isEqualTo(second);
        model.byChapter().previous();
        assertThat(model.byChapter().current()).contains(chapters.get(0));
        assertThat(model.time().minutesOf(chapters.get(0))).isPositive();
        assertThat(model.time().minutesLeftInChapter()).isLessThanOrEqualTo(model.time().minutesOf(chapters.get(0)));
    }

    @Test
    void shortStoriesAreLaidOutAtOnce() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        assertThat(model.exactProperty().get()).isTrue();
        assertThat(slices).isEmpty();
    }

    @Test
    void longStoriesShowAPreviewAtTheAnchorThenExactPages() {
        ReaderModel model = new ReaderModel(LONG, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        runSlices();
        model.goToPage(40);
        Anchor place = model.anchor();

        model.layout(spec(600, 24), 1);
        assertThat(model.exactProperty().get()).as("preview first").isFalse();
        Pagination preview = model.paginationProperty().get();
        assertThat(preview.page(model.pageIndexProperty().get()).start()).isLessThanOrEqualTo(place);
        assertThat(slices).hasSize(1);

        runSlices();
        assertThat(model.exactProperty().get()).isTrue();
        assertThat(model.layoutProgressProperty().get()).isEqualTo(1.0);
        Pagination exact = model.paginationProperty().get();
        assertThat(model.pageIndexProperty().get()).isEqualTo(exact.pageIndexOf(place));
        assertThat(model.anchor()).isEqualTo(place);
    }

    @Test
    void thePreviewNeverClaimsTheStoryIsFinished() {
        ReaderModel model = new ReaderModel(LONG, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        model.goToFraction(0.9999);
        model.layout(spec(600, 30), 1);
        int previewPages = model.paginationProperty().get().pageCount();
        while (model.lastInView() < previewPages - 1) {
            model.nextPage();
        }
        assertThat(model.exactProperty().get()).as("still the preview, on its last page").isFalse();
        assertThat(model.fractionRead()).isLessThan(1.0);
        model.nextPage();
        assertThat(model.exactProperty().get()).as("turning past the preview finishes the layout").isTrue();
    }

    @Test
    void goToFractionLandsWhereTheFooterCounts() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        model.goToFraction(0.5);
        assertThat(model.fractionRead()).isBetween(0.4, 0.5);
        assertThat(model.anchor()).isEqualTo(model.paginationProperty().get().page(model.pageIndexProperty().get()).start());
    }

    @Test
    void aNewLayoutCancelsTheOldOne() {
        ReaderModel model = new ReaderModel(LONG, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        model.layout(spec(700, 20), 1);
        runSlices();
        assertThat(model.paginationProperty().get().spec()).isEqualTo(spec(700, 20));
    }

    @Test
    void turningPagesDuringThePreviewMovesTheAnchor() {
        ReaderModel model = new ReaderModel(LONG, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        model.nextPage();
        Anchor afterTurn = model.anchor();
        assertThat(afterTurn).isGreaterThan(Anchor.START);
        runSlices();
        assertThat(model.paginationProperty().get().page(model.pageIndexProperty().get()).start())
                .isLessThanOrEqualTo(afterTurn);
        model.lastPage();
        assertThat(model.fractionRead()).isEqualTo(1.0);
    }

    @Test
    void spreadsStartOnEvenPagesAndTurnTwoAtATime() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        model.goToPage(3);
        model.layout(spec(600, 20), 2);
        assertThat(model.pageIndexProperty().get()).isEqualTo(2);
        assertThat(model.lastInView()).isEqualTo(3);
        model.nextPage();
        assertThat(model.pageIndexProperty().get()).isEqualTo(4);
        model.layout(spec(600, 20), 1);
        assertThat(model.pageIndexProperty().get()).isEqualTo(4);
    }

    @Test
    void theReadersPaceSetsTheTimeLeftAndTheChapterLengths() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        var chapter = model.chapters().list().get(0);
        int storyAt250 = model.time().minutesLeft();
        int chapterAt250 = model.time().minutesOf(chapter);
        model.time().setWordsPerMinute(500);
        assertThat(model.time().minutesLeft()).isBetween(storyAt250 / 2, storyAt250 / 2 + 1);
        assertThat(model.time().minutesOf(chapter)).isBetween(Math.max(1, chapterAt250 / 2), chapterAt250 / 2 + 1);
        model.time().setWordsPerMinute(0);
        assertThat(model.time().wordsPerMinuteProperty().get()).as("a pace of nothing is ignored").isEqualTo(500);
    }

    @Test
    void theWordsInViewAddUpToTheStorysWords() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 20), 1);
        int pages = model.paginationProperty().get().pageCount();
        long total = 0;
        for (int i = 0; i < pages; i++) {
            model.goToPage(i);
            assertThat(model.time().wordsInView()).isNotNegative();
            total += model.time().wordsInView();
        }
        assertThat((double) total).as("each page rounded: off by at most one a page")
                .isCloseTo(SHORT.wordCount(), org.assertj.core.api.Assertions.within((double) pages));
    }
}
