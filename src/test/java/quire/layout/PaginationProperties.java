package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import quire.story.Story;

/** For any window and font size, the pages hold the story's text exactly and inside their boxes. */
class PaginationProperties {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final Story STORY = PaginatorTest.story(new String(
            quire.story.StoryReader.class.getResourceAsStream("/story/story.md") == null ? new byte[0] : readBundled(),
            java.nio.charset.StandardCharsets.UTF_8) + "\n\n# A heading\n\n* * *\n\n> quoted *text*\n\n- a\n- b\n");

    private static byte[] readBundled() {
        try (var in = quire.story.StoryReader.class.getResourceAsStream("/story/story.md")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void pagesHoldTheTextExactlyInsideTheirBoxes(@ForAll @IntRange(min = 480, max = 2560) int width,
                                                 @ForAll @IntRange(min = 360, max = 1440) int height,
                                                 @ForAll @IntRange(min = 10, max = 40) int fontSize,
                                                 @ForAll boolean justify, @ForAll boolean spaced) {
        Typography type = new Typography("Serif", fontSize, 1.5,
                spaced ? Typography.ParagraphStyle.SPACED : Typography.ParagraphStyle.INDENT, justify);
        PageSpec spec = new PageSpec(width, height, new PageSpec.Margins(40, 48, 40, 48), type);
        Pagination p = Paginator.paginate(STORY, spec, MEASURER);
        List<String> texts = Paginator.blockTexts(STORY);
        assertThat(LayoutChecks.joinedText(p, texts)).isEqualTo(STORY.plainText());
        LayoutChecks.assertCoversTextExactly(p, texts);
        LayoutChecks.assertInsidePages(p, MEASURER);
        LayoutChecks.assertAnchorsRoundTrip(p);
        assertBreaksOnlyBetweenWords(p, texts);
    }

    /** "You’re" never becomes "You’" and "re": every soft break follows a space or a dash between words. */
    private static void assertBreaksOnlyBetweenWords(Pagination p, List<String> texts) {
        for (Page page : p.pages()) {
            for (Line line : page.lines()) {
                if (line.firstOfBlock() || line.kind() != Line.Kind.TEXT) {
                    continue;
                }
                String text = texts.get(line.block());
                char before = text.charAt(line.start() - 1);
                assertThat(" \n-\u2014\u2013\u2026/").as("break before '%s'", line.drawnText())
                        .contains(String.valueOf(before));
            }
        }
    }
}
