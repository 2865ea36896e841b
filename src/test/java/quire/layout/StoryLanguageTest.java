package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The front matter's language picks the patterns; a language this machine has none for sets no hyphens. */
class StoryLanguageTest {
    private static final String LONG_WORDS = "Extraordinarily incomprehensible characteristically "
            + "unquestionably disproportionately counterrevolutionary internationalisation "
            + "uncharacteristically electroencephalography";

    private static int hyphenatedLines(String frontMatter) {
        PreparedStory story = PreparedStory.of(PaginatorTest.story(frontMatter + LONG_WORDS + "\n"));
        Typography type = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, true, true, false);
        Pagination pages = Paginator.paginate(story, new PageSpec(200, 400, PageSpec.Margins.uniform(10), type),
                new FixedWidthMeasurer());
        LayoutChecks.assertCoversTextExactly(pages, story.blockTexts());
        return (int) pages.pages().stream().flatMap(p -> p.lines().stream()).filter(Line::hyphenated).count();
    }

    @Test
    void englishWhenTheFrontMatterSaysNothingOrSaysEnglish() {
        assertThat(PreparedStory.of(PaginatorTest.story("Text.\n")).language()).isEqualTo("en");
        assertThat(hyphenatedLines("")).isPositive();
        assertThat(hyphenatedLines("---\nlanguage: English\n---\n\n")).isPositive();
    }

    @Test
    void aLanguageWithNoPatternsOnThisMachineIsSetWithoutHyphensAndWithoutError() {
        assertThat(PreparedStory.of(PaginatorTest.story("---\nlanguage: Klingon\n---\n\nText.\n")).language())
                .isEqualTo("Klingon");
        assertThat(hyphenatedLines("---\nlanguage: Klingon\n---\n\n")).isZero();
    }
}
