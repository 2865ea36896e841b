package quire.ui.scroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import quire.layout.FixedWidthMeasurer;
import quire.layout.Line;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.ScrollColumn;
import quire.layout.StoryGenerator;
import quire.layout.Typography;
import quire.place.Anchor;
import quire.story.Story;
import quire.ui.page.ReaderModel;

/** Scroll mode without a toolkit: the place through scrolling, re-layouts, chapter jumps and mode switches. */
class ScrollModelTest {
    private static final Story SHORT = StoryGenerator.story(60_000);
    private static final Story LONG = StoryGenerator.story(400_000);
    private final Queue<Runnable> slices = new ArrayDeque<>();

    static PageSpec spec(double width, double height, double size) {
        return new PageSpec(width, height, PageSpec.Margins.uniform(30), Typography.DEFAULT.withFontSize(size));
    }

    private static Line readingLine(ScrollModel scroll) {
        ScrollColumn c = scroll.columnProperty().get();
        return c.line(c.readingLine(scroll.topProperty().get()));
    }

    private ScrollModel scrolling(ReaderModel model, PageSpec spec) {
        ScrollModel scroll = new ScrollModel(model);
        scroll.setViewport(spec.height());
        scroll.setActive(true);
        model.layout(spec, 1);
        return scroll;
    }

    @Test
    void scrollingMovesThePlaceToTheReadingLineAndTheTextInViewWithIt() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), Runnable::run);
        ScrollModel scroll = scrolling(model, spec(600, 500, 20));
        scroll.scrollBy(1234);
        assertThat(scroll.topProperty().get()).isEqualTo(1234);
        Line reading = readingLine(scroll);
        assertThat(model.anchor()).isEqualTo(reading.anchor());
        assertThat(model.textInView().orElseThrow().start()).isEqualTo(reading.anchor());
        assertThat(model.fractionRead()).isGreaterThan(0).isLessThan(1);
        assertThat(model.pageIndexProperty().get()).as("page labels follow the place")
                .isEqualTo(model.paginationProperty().get().pageIndexOf(reading.anchor()));
        scroll.toEnd();
        assertThat(model.fractionRead()).as("the end is the end, as on the last page").isEqualTo(1);
        scroll.scrollBy(-1e9);
        assertThat(scroll.topProperty().get()).isZero();
    }

    @Test
    void keysMoveALineOrAScreenLessOneLine() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), Runnable::run);
        ScrollModel scroll = scrolling(model, spec(600, 500, 20));
        ScrollColumn c = scroll.columnProperty().get();
        scroll.lineDown();
        scroll.lineDown();
        assertThat(c.readingLine(scroll.topProperty().get())).isEqualTo(2);
        scroll.lineUp();
        assertThat(c.readingLine(scroll.topProperty().get())).isEqualTo(1);
        double before = scroll.topProperty().get();
        scroll.screenDown();
        int reading = c.readingLine(scroll.topProperty().get());
        assertThat(c.top(reading)).as("the new first line was on the screen before").isLessThan(before + 500);
        assertThat(c.bottom(reading)).isGreaterThan(before + 500 - 2 * c.line(reading).height());
        scroll.screenUp();
        assertThat(c.bottom(reading)).as("a screen back keeps that line in sight")
                .isLessThanOrEqualTo(scroll.topProperty().get() + 500);
        assertThat(c.readingLine(scroll.topProperty().get())).isLessThan(reading);
    }

    @Test
    void aResizeOrAFontChangeKeepsTheAnchorOnTheReadingLine() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), Runnable::run);
        ScrollModel scroll = scrolling(model, spec(600, 500, 20));
        scroll.scrollBy(20_000);
        Anchor place = model.anchor();
        scroll.setViewport(700);
        model.layout(spec(900, 700, 20), 1);
        assertThat(model.anchor()).isEqualTo(place);
        assertThat(readingLine(scroll).anchor()).isLessThanOrEqualTo(place);
        assertThat(scroll.columnProperty().get().lineIndexOf(place))
                .isEqualTo(scroll.columnProperty().get().readingLine(scroll.topProperty().get()));
        model.layout(spec(900, 700, 31), 1);
        assertThat(model.anchor()).isEqualTo(place);
        ScrollColumn c = scroll.columnProperty().get();
        assertThat(c.readingLine(scroll.topProperty().get())).isEqualTo(c.lineIndexOf(place));
    }

    @Test
    void switchingBetweenScrollAndPagesKeepsTheWordsAtTheTop() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), Runnable::run);
        model.layout(spec(600, 500, 20), 1);
        model.goToPage(7);
        Anchor pageStart = model.anchor();
        ScrollModel scroll = scrolling(model, spec(600, 500, 20));
        assertThat(readingLine(scroll).anchor()).as("the page's first words head the screen").isEqualTo(pageStart);
        scroll.scrollBy(333);
        Anchor place = model.anchor();
        scroll.setActive(false);
        model.layout(spec(600, 500, 20), 1);
        Pagination pages = model.paginationProperty().get();
        var page = pages.page(model.pageIndexProperty().get());
        assertThat(page.start()).isLessThanOrEqualTo(place);
        Line last = page.lines().get(page.lines().size() - 1);
        assertThat(place).as("the scrolled place is on the page shown").isLessThan(new Anchor(last.block(), last.end()));
        assertThat(model.anchor()).isEqualTo(place);
    }

    @Test
    void chapterJumpsPutTheHeadingOnTheReadingLine() {
        ReaderModel model = new ReaderModel(SHORT, new FixedWidthMeasurer(), Runnable::run);
        ScrollModel scroll = scrolling(model, spec(600, 500, 20));
        assertThat(model.byChapter().current().orElseThrow().number()).as("the story opens with its first chapter").isEqualTo(1);
        model.byChapter().next();
        var second = model.chapters().list().get(1);
        assertThat(model.byChapter().current().orElseThrow()).isEqualTo(second);
        assertThat(readingLine(scroll).anchor()).isEqualTo(second.start());
        scroll.lineDown();
        model.byChapter().previous();
        assertThat(readingLine(scroll).anchor()).as("back to this chapter's heading first").isEqualTo(second.start());
    }

    @Test
    void aLongStoryScrollsAtOnceFromAPreviewWhileItsPagesAreCounted() {
        ReaderModel model = new ReaderModel(LONG, new FixedWidthMeasurer(), slices::add);
        ScrollModel scroll = scrolling(model, spec(600, 500, 20));
        assertThat(model.exactProperty().get()).as("nothing waits for the whole story").isFalse();
        assertThat(scroll.columnProperty().get()).isNotNull();
        for (int i = 0; i < 40; i++) {
            scroll.screenDown(); // reading on past the preview makes a new one from the place
        }
        Anchor place = model.anchor();
        assertThat(place.block()).isGreaterThan(10);
        while (!slices.isEmpty()) {
            slices.poll().run();
        }
        assertThat(model.exactProperty().get()).isTrue();
        ScrollColumn whole = scroll.columnProperty().get();
        assertThat(whole.line(whole.lineCount() - 1).block()).isEqualTo(model.blockTexts().size() - 1);
        assertThat(model.anchor()).isEqualTo(place);
        assertThat(whole.readingLine(scroll.topProperty().get())).isEqualTo(whole.lineIndexOf(place));
    }

    private static Story threeChapters() throws Exception {
        try (var in = ScrollModelTest.class.getResourceAsStream("/stories/three-chapters.md")) {
            return new quire.story.StoryReader().parse("three-chapters.md", in.readAllBytes());
        }
    }

    @Test
    void theLastChaptersHeadingReachesTheTopOfAShortStoryAndTheChapterNamedIsTheOneShown() throws Exception {
        ReaderModel model = new ReaderModel(threeChapters(), new FixedWidthMeasurer(), Runnable::run);
        ScrollModel scroll = scrolling(model, spec(600, 500, 20));
        var chapters = model.chapters().list();
        assertThat(chapters).hasSize(3);
        ScrollColumn c = scroll.columnProperty().get();
        int lastHeading = c.lineIndexOf(chapters.get(2).start());
        assertThat(c.height() - c.top(lastHeading)).as("the last chapter is shorter than the window").isLessThan(500);

        model.byChapter().next();
        model.byChapter().next();
        assertThat(readingLine(scroll).anchor()).as("the heading heads the screen").isEqualTo(chapters.get(2).start());
        assertThat(model.byChapter().current().orElseThrow().number()).isEqualTo(3);
        assertThat(model.textInView().orElseThrow().start()).isEqualTo(chapters.get(2).start());

        scroll.lineUp();
        assertThat(model.byChapter().current().orElseThrow().number()).as("a line of chapter 2 on top").isEqualTo(2);
        scroll.toEnd();
        assertThat(readingLine(scroll).anchor()).as("the end: the last chapter whole, blank room below")
                .isEqualTo(chapters.get(2).start());
        assertThat(model.byChapter().current().orElseThrow().number()).isEqualTo(3);
        assertThat(model.fractionRead()).isEqualTo(1);
        scroll.scrollBy(1e6);
        assertThat(scroll.topProperty().get()).as("no further than that").isEqualTo(c.scrollTopFor(lastHeading));
    }

    /** Where line {@code index} of the column sits on screen, from the viewport's top. */
    private static double onScreen(ScrollModel scroll, Anchor lineStart) {
        ScrollColumn c = scroll.columnProperty().get();
        int index = c.lineIndexOf(lineStart);
        assertThat(c.line(index).anchor()).isEqualTo(lineStart);
        return c.top(index) - scroll.topProperty().get();
    }

    @Test
    void whileALongStoryIsCountedTheColumnScrollsBackPastWhereItsPreviewStartedAndTheTextStaysStill() {
        ReaderModel model = new ReaderModel(LONG, new FixedWidthMeasurer(), slices::add);
        model.layout(spec(600, 500, 20), 1);
        while (!slices.isEmpty()) {
            slices.poll().run();
        }
        Anchor middle = model.paginationProperty().get().page(300).start();
        model.moveTo(middle);
        ScrollModel scroll = new ScrollModel(model);
        scroll.setViewport(500);
        scroll.setActive(true);
        model.layout(spec(600, 500, 21), 1); // a new font size: a preview from the place, counting anew
        assertThat(model.exactProperty().get()).isFalse();
        assertThat(readingLine(scroll).anchor()).isLessThanOrEqualTo(middle);
        Anchor placed = model.anchor();
        ScrollColumn preview = scroll.columnProperty().get();
        assertThat(preview.line(0).anchor()).as("the preview holds text before the place").isLessThan(placed);
        assertThat(preview.top(preview.lineIndexOf(placed))).isGreaterThan(2 * 500);

        Pagination shown = model.paginationProperty().get();
        assertThat(shown.page(model.pageIndexProperty().get()).start()).as("B marks the page holding the place")
                .isLessThanOrEqualTo(placed);
        assertThat(model.pageIndexProperty().get()).isEqualTo(shown.pageIndexOf(placed)).isPositive();

        // Back up, screen by screen, well past where the first preview began.
        Anchor firstPreviewStart = preview.line(0).anchor();
        for (int i = 0; i < 12; i++) {
            scroll.screenUp();
        }
        assertThat(model.exactProperty().get()).as("nothing waited for the count").isFalse();
        assertThat(model.anchor()).isLessThan(firstPreviewStart);

        // Smooth scrolling across a new preview, then across the exact pages' arrival: not a pixel of jump.
        int previews = 0;
        for (int i = 0; i < 200; i++) {
            Anchor top = readingLine(scroll).anchor();
            double at = onScreen(scroll, top);
            ScrollColumn before = scroll.columnProperty().get();
            scroll.scrollBy(-7);
            if (scroll.columnProperty().get() != before) {
                previews++;
                assertThat(onScreen(scroll, top)).as("a new preview: the text stays put").isCloseTo(at + 7,
                        org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        assertThat(previews).as("scrolling back made new previews").isPositive();
        scroll.scrollBy(3.5);
        Anchor top = readingLine(scroll).anchor();
        double at = onScreen(scroll, top);
        while (!slices.isEmpty()) {
            slices.poll().run();
        }
        assertThat(model.exactProperty().get()).isTrue();
        assertThat(readingLine(scroll).anchor()).isEqualTo(top);
        assertThat(onScreen(scroll, top)).as("the exact pages arrive: the text stays put")
                .isCloseTo(at, org.assertj.core.data.Offset.offset(1e-6));
    }
}
