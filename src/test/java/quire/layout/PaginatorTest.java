package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.story.Story;
import quire.story.StoryException;
import quire.story.StoryReader;

class PaginatorTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    /** 10 px font: every character is 5 px wide, a line box is 15 px. 200 px of content: 40 characters a line. */
    private static final Typography TYPE = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, false);

    static Story story(String markdown) {
        try {
            return new StoryReader().parse("test.md", markdown.getBytes(StandardCharsets.UTF_8));
        } catch (StoryException e) {
            throw new AssertionError(e);
        }
    }

    private static PageSpec page(double contentWidth, double contentHeight, Typography type) {
        return new PageSpec(contentWidth + 20, contentHeight + 20, PageSpec.Margins.uniform(10), type);
    }

    private static Pagination paginate(String markdown, double width, double height, Typography type) {
        return Paginator.paginate(story(markdown), page(width, height, type), MEASURER);
    }

    /** A paragraph of {@code words} five-letter words: "wordA wordB ...", six characters each with the space. */
    private static String paragraph(int words) {
        return IntStream.range(0, words).mapToObj(i -> "word" + (char) ('a' + i % 26)).collect(Collectors.joining(" "));
    }

    @Test
    void linesBreakAtSpacesAndFitTheWidth() {
        Pagination p = paginate(paragraph(20), 200, 1000, TYPE);
        List<Line> lines = p.page(0).lines();
        // 6 words (35 characters, 175 px) fit in 200 px; a 7th would need 41 characters.
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).drawnText()).isEqualTo("worda wordb wordc wordd worde wordf");
        assertThat(lines.get(3).drawnText()).isEqualTo("words wordt");
    }

    @Test
    void exactPageCountForAKnownStory() {
        // 12 paragraphs of 2 lines (30 px) with 9 px between them: 69 px for two, 108 for three.
        String markdown = IntStream.range(0, 12).mapToObj(i -> paragraph(12)).collect(Collectors.joining("\n\n"));
        assertThat(paginate(markdown, 200, 108, TYPE).pageCount()).isEqualTo(4);
        assertThat(paginate(markdown, 200, 107, TYPE).pageCount()).isEqualTo(6);
    }

    @Test
    void noLineLostOrRepeatedAndAllInsideThePage() {
        String markdown = "# One\n\n" + paragraph(50) + "\n\n* * *\n\n" + paragraph(33) + "\n\n> " + paragraph(20)
                + "\n\n1. " + paragraph(9) + "\n2. two\n\n    indented  text\n\n" + "x".repeat(130);
        Story story = story(markdown);
        Pagination p = Paginator.paginate(story, page(200, 100, TYPE), MEASURER);
        List<String> texts = Paginator.blockTexts(story);
        LayoutChecks.assertCoversTextExactly(p, texts);
        LayoutChecks.assertInsidePages(p, MEASURER);
        LayoutChecks.assertAnchorsRoundTrip(p);
        assertThat(LayoutChecks.joinedText(p, texts)).isEqualTo(story.plainText());
    }

    @Test
    void aWordWiderThanTheLineIsSplitNotClipped() {
        Pagination p = paginate("x".repeat(100), 200, 1000, TYPE);
        assertThat(p.page(0).lines()).extracting(Line::drawnText)
                .containsExactly("x".repeat(40), "x".repeat(40), "x".repeat(20));
    }

    @Test
    void hardBreaksEndLines() {
        Pagination p = paginate("roses are red  \nviolets are blue", 200, 1000, TYPE);
        assertThat(p.page(0).lines()).extracting(Line::drawnText).containsExactly("roses are red", "violets are blue");
    }

    @Test
    void aHeadingIsNeverLastOnAPage() {
        // Page holds 4 lines: paragraph (3 lines) + heading would leave the heading alone at the bottom.
        String markdown = paragraph(18) + "\n\n## Next\n\n" + paragraph(12);
        Typography tight = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.INDENT, false);
        Pagination p = paginate(markdown, 200, 4 * 15 + 1, tight);
        for (Page page : p.pages()) {
            assertThat(page.lines().get(page.lines().size() - 1).kind()).isNotEqualTo(Line.Kind.HEADING);
        }
    }

    @Test
    void aHeadingStaysOffThePageBottomEvenAfterAnOrphanMoves() {
        Typography tight = new Typography("Serif", 10, 1.0, Typography.ParagraphStyle.INDENT, false);
        String markdown = "Short one.\n\n## Next\n\n" + paragraph(13) + "\n\n" + paragraph(5) + "\n\n## Again\n\n"
                + paragraph(25) + "\n\n* * *\n\n" + paragraph(7) + "\n\n" + paragraph(14);
        for (int height = 20; height < 240; height++) {
            Pagination p = paginate(markdown, 200, height, tight);
            for (Page page : p.pages()) {
                List<Line> lines = page.lines();
                if (lines.size() > 1 && page.index() < p.pageCount() - 1) {
                    assertThat(lines.get(lines.size() - 1).kind()).as("page %d at height %d", page.index(), height)
                            .isNotEqualTo(Line.Kind.HEADING);
                }
            }
        }
    }

    @Test
    void aSceneBreakNeverOpensAPage() {
        Typography tight = new Typography("Serif", 10, 1.0, Typography.ParagraphStyle.INDENT, false);
        for (int height = 30; height < 200; height += 7) {
            Pagination p = paginate(paragraph(18) + "\n\n* * *\n\n" + paragraph(18) + "\n\n~o~\n\n" + paragraph(30),
                    200, height, tight);
            for (Page page : p.pages()) {
                assertThat(page.lines().get(0).kind()).as("page %d at height %d", page.index(), height)
                        .isNotEqualTo(Line.Kind.SCENE_BREAK);
            }
        }
    }

    @Test
    void noLonelyFirstOrLastLineOfAParagraph() {
        Typography tight = new Typography("Serif", 10, 1.0, Typography.ParagraphStyle.INDENT, false);
        // Each paragraph is 3 lines of 10 px; pages of 4 lines would split 3+1 and 2+2.
        String markdown = IntStream.range(0, 8).mapToObj(i -> paragraph(15)).collect(Collectors.joining("\n\n"));
        Pagination p = paginate(markdown, 200, 40, tight);
        for (Page page : p.pages()) {
            List<Line> lines = page.lines();
            Line first = lines.get(0);
            Line last = lines.get(lines.size() - 1);
            assertThat(first.firstOfBlock() || !first.lastOfBlock()).as("widow on page %d", page.index()).isTrue();
            assertThat(last.lastOfBlock() || !last.firstOfBlock()).as("orphan on page %d", page.index()).isTrue();
        }
    }

    @Test
    void justifiedLinesReachTheRightEdgeExceptTheLast() {
        Typography justified = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, true);
        Pagination p = paginate(paragraph(20), 200, 1000, justified);
        List<Line> lines = p.page(0).lines();
        for (Line line : lines.subList(0, lines.size() - 1)) {
            Run last = line.runs().get(line.runs().size() - 1);
            assertThat(last.x() + last.width(MEASURER)).isCloseTo(200, org.assertj.core.data.Offset.offset(0.001));
        }
        Line last = lines.get(lines.size() - 1);
        assertThat(last.runs().get(0).x()).isZero();
        assertThat(last.runs()).hasSize(1);
    }

    @Test
    void indentedParagraphsExceptAfterAHeading() {
        Typography indent = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.INDENT, false);
        Pagination p = paginate("# Title\n\nFirst.\n\nSecond.", 200, 1000, indent);
        List<Line> lines = p.page(0).lines();
        assertThat(lines.get(1).runs().get(0).x()).isZero();
        assertThat(lines.get(2).runs().get(0).x()).isEqualTo(15.0);
        assertThat(lines.get(0).runs().get(0).x()).as("heading centred").isGreaterThan(0);
    }

    @Test
    void anchorStaysVisibleAcrossResizes() {
        String markdown = IntStream.range(0, 30).mapToObj(i -> paragraph(10 + i)).collect(Collectors.joining("\n\n"));
        Story story = story(markdown);
        Pagination small = Paginator.paginate(story, page(200, 100, TYPE), MEASURER);
        Anchor anchor = small.page(small.pageCount() / 2).start();
        Pagination large = Paginator.paginate(story, page(400, 300, TYPE.withFontSize(12)), MEASURER);
        Page shown = large.page(large.pageIndexOf(anchor));
        assertThat(shown.start()).isLessThanOrEqualTo(anchor);
        Line last = shown.lines().get(shown.lines().size() - 1);
        assertThat(new Anchor(last.block(), last.end())).isGreaterThan(anchor);
    }

    @Test
    void emptyStoryStillHasOnePage() {
        Pagination p = Paginator.paginate(new Story("empty", "0", quire.story.StoryMetadata.empty(), List.of()),
                page(200, 100, TYPE), MEASURER);
        assertThat(p.pageCount()).isEqualTo(1);
    }
}
