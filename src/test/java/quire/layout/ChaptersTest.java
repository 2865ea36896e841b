package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.story.ChapterLevel;
import quire.story.Story;

class ChaptersTest {
    private static Chapters chapters(String markdown) {
        return PreparedStory.of(PaginatorTest.story(markdown)).chapters();
    }

    @Test
    void theHighestHeadingLevelUsedMoreThanOnceMakesTheChapters() {
        String md = "# Lanterns\n\nA preface.\n\n## Chapter 1: The Crypt\n\nText.\n\n### A scene\n\nMore.\n\n"
                + "## Chapter 2: Home\n\nEnd.\n";
        Chapters found = chapters(md);
        assertThat(found.list()).extracting(Chapter::title).containsExactly("Chapter 1: The Crypt", "Chapter 2: Home");
        assertThat(found.list()).extracting(Chapter::number).containsExactly(1, 2);
        assertThat(ChapterLevel.count(PaginatorTest.story(md).blocks())).isEqualTo(2);
    }

    @Test
    void aSingleHeadingIsATitleAndHeadingsInsideQuotesAreNotChapters() {
        assertThat(chapters("# Lanterns\n\nOne paragraph.\n").isEmpty()).isTrue();
        Story quoted = PaginatorTest.story("Intro.\n\n> # Not a chapter\n>\n> quoted\n\n> # Nor this\n\nText.\n");
        assertThat(PreparedStory.of(quoted).chapters().isEmpty()).isTrue();
        assertThat(ChapterLevel.count(quoted.blocks())).isZero();
    }

    @Test
    void aPlaceBelongsToTheLastChapterStartingAtOrBeforeIt() {
        Chapters found = chapters("Preface.\n\n# One\n\nText one.\n\n# Two\n\nText two.\n");
        Chapter one = found.list().get(0);
        Chapter two = found.list().get(1);
        assertThat(found.at(new Anchor(0, 3))).isEmpty();
        assertThat(found.at(one.start())).contains(one);
        assertThat(found.at(new Anchor(two.start().block() + 1, 4))).contains(two);
        assertThat(found.after(one.start())).contains(two);
        assertThat(found.after(two.start())).isEmpty();
        assertThat(found.endOf(one)).contains(two.start());
        assertThat(found.endOf(two)).isEmpty();
    }

    @Test
    void everyChapterStartsOnANewPage() {
        String md = "# One\n\nShort.\n\n# Two\n\nShort too.\n\n# Three\n\nAnd this.\n";
        Story story = PaginatorTest.story(md);
        PageSpec tall = new PageSpec(420, 2000, PageSpec.Margins.uniform(10),
                new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, false));
        Pagination pages = Paginator.paginate(story, tall, new FixedWidthMeasurer());
        assertThat(pages.pageCount()).as("three short chapters fit one page, but each gets its own").isEqualTo(3);
        Chapters found = PreparedStory.of(story).chapters();
        for (Chapter chapter : found.list()) {
            assertThat(pages.page(pages.pageIndexOf(chapter.start())).start()).isEqualTo(chapter.start());
        }
        LayoutChecks.assertCoversTextExactly(pages, Paginator.blockTexts(story));

        Typography runOn = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, false, false, false, false);
        Pagination together = Paginator.paginate(story, new PageSpec(420, 2000, PageSpec.Margins.uniform(10), runOn),
                new FixedWidthMeasurer());
        assertThat(together.pageCount()).as("with chapters run on").isEqualTo(1);
    }
}
