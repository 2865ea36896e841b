package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryMetadata;

/** Paragraphs the author centred or set flush right, as the engine sets them. */
class AlignedParagraphsTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    /** Ten pixels a character at 20 px: the 360 px measure holds 36. */
    private static final Typography JUSTIFIED = new Typography("Serif", 20, 1.5, Typography.ParagraphStyle.INDENT,
            true, true, true);
    private static final String WORDS = "the lamps on the sea wall were never meant to be seen from the water at all";

    private static List<Line> lines(Block.Alignment alignment) {
        Story story = new Story("a.epub", "h", StoryMetadata.empty(), List.of(
                new Block.Paragraph(List.of(new Inline.Text("Before."))),
                new Block.Paragraph(List.of(new Inline.Text(WORDS)), alignment)));
        Pagination pages = Paginator.paginate(story, new PageSpec(400, 800, PageSpec.Margins.uniform(20), JUSTIFIED),
                MEASURER);
        return pages.pages().get(0).lines().stream().filter(line -> line.block() == 1).toList();
    }

    private static double right(Line line) {
        Run last = line.runs().get(line.runs().size() - 1);
        return last.x() + last.width(MEASURER);
    }

    @Test
    void aCentredParagraphIsRaggedOnBothSidesWithNothingIndented() {
        List<Line> lines = lines(Block.Alignment.CENTRE);
        assertThat(lines).hasSizeGreaterThan(1);
        for (Line line : lines) {
            double left = line.runs().get(0).x();
            assertThat(left).as(line.drawnText()).isCloseTo(360 - right(line), Offset.offset(1e-9));
            // Natural word spaces (one character, 10 px) even though the reader chose justified text.
            for (int i = 1; i < line.runs().size(); i++) {
                Run before = line.runs().get(i - 1);
                assertThat(line.runs().get(i).x() - (before.x() + before.width(MEASURER))).isCloseTo(10, Offset.offset(1e-9));
            }
        }
        assertThat(lines.get(lines.size() - 1).runs().get(0).x()).isPositive();
    }

    @Test
    void aRightAlignedParagraphEndsEveryLineAtTheMeasure() {
        List<Line> lines = lines(Block.Alignment.RIGHT);
        assertThat(lines).hasSizeGreaterThan(1);
        for (Line line : lines) {
            assertThat(right(line)).as(line.drawnText()).isCloseTo(360, Offset.offset(1e-9));
        }
        assertThat(lines.get(lines.size() - 1).runs().get(0).x()).isGreaterThan(30); // ragged on the left
    }

    @Test
    void theSameParagraphUnalignedIsJustifiedAndIndentedAsTheReaderChose() {
        List<Line> lines = lines(Block.Alignment.NORMAL);
        assertThat(lines.get(0).runs().get(0).x()).isEqualTo(BlockTypesetter.INDENT_EM * 20);
        assertThat(right(lines.get(0))).isCloseTo(360, Offset.offset(1e-6));
    }
}
