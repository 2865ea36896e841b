package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.story.StoryReader;

/** A word split across a page turn is the complaint; pages end on a whole word when the text allows. */
class PageEndHyphenTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();

    private static int pagesEndingOnAHyphen(List<Page> pages) {
        int count = 0;
        for (Page page : pages.subList(0, pages.size() - 1)) {
            count += page.lines().get(page.lines().size() - 1).hyphenated() ? 1 : 0;
        }
        return count;
    }

    @Test
    void pagesDoNotEndOnAHyphenWhenTheParagraphCanBeSetOtherwise() throws Exception {
        PreparedStory story = PreparedStory.of(new StoryReader().parse("story.md", bundled()));
        int without = 0;
        int with = 0;
        for (int cell = 0; cell < 116; cell++) {
            int height = 200 + 7 * (cell % 58);
            int width = cell < 58 ? 260 : 220;
            Typography type = new Typography("Serif", 12, 1.5, Typography.ParagraphStyle.INDENT, true, true, false);
            PageSpec spec = new PageSpec(width, height + 20, PageSpec.Margins.uniform(10), type);
            Pagination pagination = Paginator.paginate(story, spec, MEASURER);
            with += pagesEndingOnAHyphen(pagination.pages());
            LayoutChecks.assertCoversTextExactly(pagination, story.blockTexts());
            LineBreaker breaker = LineBreaker.forPage(MEASURER, spec, story);
            List<Line> lines = new ArrayList<>();
            for (int b = 0; b < story.blocks().size(); b++) {
                lines.addAll(breaker.lines(story.blocks().get(b), b == 0 ? null : story.blocks().get(b - 1)));
            }
            without += pagesEndingOnAHyphen(PagePacker.pack(lines, spec.contentHeight()));
        }
        assertThat(without).as("the story at these sizes does put hyphens at page ends").isGreaterThan(10);
        assertThat(with).as("pages ending on a hyphen, fixed (%d before the fix)", without)
                .isZero();
    }

    @Test
    void previewPagesFromAnyPlaceDoNotEndOnAHyphenEither() throws Exception {
        PreparedStory story = PreparedStory.of(new StoryReader().parse("story.md", bundled()));
        int pagesChecked = 0;
        int withHyphen = 0;
        for (int cell = 0; cell < 40; cell++) {
            int height = 200 + 11 * cell;
            Typography type = new Typography("Serif", 12, 1.5, Typography.ParagraphStyle.INDENT, true, true, false);
            PageSpec spec = new PageSpec(cell % 2 == 0 ? 260 : 220, height + 20, PageSpec.Margins.uniform(10), type);
            Pagination exact = Paginator.paginate(story, spec, MEASURER);
            // From the start of a page, and from a line in the middle of one (where a resize leaves the reader).
            for (int p = 0; p < exact.pages().size(); p += 3) {
                Page page = exact.pages().get(p);
                Line middle = page.lines().get(page.lines().size() / 2);
                for (Anchor from : List.of(page.start(), new Anchor(middle.block(), middle.start()))) {
                    List<Page> preview = Paginator.preview(story, spec, MEASURER, from, 3).pages();
                    pagesChecked += preview.size() - 1;
                    withHyphen += pagesEndingOnAHyphen(preview);
                }
            }
        }
        assertThat(pagesChecked).isGreaterThan(500);
        assertThat(withHyphen).as("preview pages ending on a hyphen, of %d", pagesChecked).isZero();
    }

    @Test
    void keepingHyphensOffPageEndsNeverOverfillsALineAndLoosensFew() {
        PreparedStory story = PreparedStory.of(StoryGenerator.story(60_000));
        int hyphensWithout = 0;
        int hyphensWith = 0;
        int looseWith = 0;
        int looseWithout = 0;
        for (int cell = 0; cell < 12; cell++) {
            Typography type = new Typography("Serif", 12, 1.5, Typography.ParagraphStyle.INDENT, true, true, false);
            PageSpec spec = new PageSpec(cell % 2 == 0 ? 230 : 190, 220 + 23 * cell, PageSpec.Margins.uniform(10), type);
            Pagination pagination = Paginator.paginate(story, spec, MEASURER);
            LineBreaker breaker = LineBreaker.forPage(MEASURER, spec, story);
            List<Line> lines = new ArrayList<>();
            for (int b = 0; b < story.blocks().size(); b++) {
                lines.addAll(breaker.lines(story.blocks().get(b), b == 0 ? null : story.blocks().get(b - 1)));
            }
            List<Page> unfixed = PagePacker.pack(lines, spec.contentHeight());
            hyphensWithout += pagesEndingOnAHyphen(unfixed);
            hyphensWith += pagesEndingOnAHyphen(pagination.pages());
            assertThat(overfull(pagination.pages(), spec)).as("overfull lines, %s", spec)
                    .isLessThanOrEqualTo(overfull(unfixed, spec));
            looseWith += loose(pagination.pages());
            looseWithout += loose(unfixed);
        }
        assertThat(hyphensWithout).isGreaterThan(100);
        assertThat(hyphensWith).as("pages ending on a hyphen, of %d", hyphensWithout).isZero();
        assertThat(looseWith).as("the price: a few looser lines, of %d", looseWithout)
                .isLessThanOrEqualTo(looseWithout + looseWithout / 10);
    }

    /** Full lines whose word spaces are wider than one and a half spaces. */
    private static int loose(List<Page> pages) {
        int count = 0;
        for (Page page : pages) {
            for (Line line : page.lines()) {
                for (int r = 1; r < line.runs().size(); r++) {
                    Run a = line.runs().get(r - 1);
                    double space = line.runs().get(r).x() - (a.x() + a.width(MEASURER));
                    if (space > 1.5 * MEASURER.width(" ", a.font()) + 1e-6) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    private static int overfull(List<Page> pages, PageSpec spec) {
        int count = 0;
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (!line.runs().isEmpty()) {
                    Run last = line.decorations().isEmpty() ? line.runs().get(line.runs().size() - 1)
                            : line.decorations().get(line.decorations().size() - 1);
                    count += last.x() + last.width(MEASURER) > spec.contentWidth() + 0.01 ? 1 : 0;
                }
            }
        }
        return count;
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = StoryReader.class.getResourceAsStream("/story/story.md")) {
            return in.readAllBytes();
        }
    }
}
