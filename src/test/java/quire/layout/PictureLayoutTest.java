package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.ImageData;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryMetadata;

/** Pictures are set on a line of their own, fitted to the measure and the page, their aspect kept. */
class PictureLayoutTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final Typography TYPE = new Typography("Serif", 20, 1.5, Typography.ParagraphStyle.INDENT,
            true, true, true);
    /** A 400 x 600 page with 20 px margins: a 360 x 560 content box. */
    private static final PageSpec SPEC = new PageSpec(400, 600, PageSpec.Margins.uniform(20), TYPE);

    private static ImageData picture(int width, int height) {
        return new ImageData(ImageData.Format.PNG, width, height, new byte[] {1, 2, 3});
    }

    private static Block.Paragraph para(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static Pagination paginate(Block... blocks) {
        return Paginator.paginate(new Story("p.epub", "h", StoryMetadata.empty(), List.of(blocks)), SPEC, MEASURER);
    }

    private static Line pictureLine(Pagination pages) {
        return pages.pages().stream().flatMap(page -> page.lines().stream())
                .filter(line -> line.kind() == Line.Kind.IMAGE).findFirst().orElseThrow();
    }

    @Test
    void aSmallPictureKeepsItsOwnSizeCentredOnTheMeasure() {
        ImageData dot = picture(120, 30);
        Line line = pictureLine(paginate(para("Before."), new Block.Image("a rule", dot), para("After.")));
        PictureBox box = PictureBox.of(line, dot);
        assertThat(box.width()).isEqualTo(120);
        assertThat(box.height()).isEqualTo(30);
        assertThat(box.x()).isCloseTo((360 - 120) / 2.0, Offset.offset(1e-9));
        assertThat(line.runs()).isEmpty();
        assertThat(line.start()).isZero();
        assertThat(line.end()).isEqualTo("a rule".length());
    }

    @Test
    void aWidePictureIsScaledDownToTheMeasure() {
        ImageData wide = picture(1800, 600);
        PictureBox box = PictureBox.of(pictureLine(paginate(new Block.Image("", wide))), wide);
        assertThat(box.width()).isCloseTo(360, Offset.offset(1e-9));
        assertThat(box.height()).isCloseTo(120, Offset.offset(1e-9));
        assertThat(box.x()).isCloseTo(0, Offset.offset(1e-9));
    }

    @Test
    void aTallPictureIsScaledDownToThePageAndFillsOneAlone() {
        ImageData tall = picture(700, 2800);
        Pagination pages = paginate(para("Before."), new Block.Image("tall", tall), para("After."));
        Line line = pictureLine(pages);
        PictureBox box = PictureBox.of(line, tall);
        assertThat(box.height()).isCloseTo(560, Offset.offset(1e-9));
        assertThat(box.width() / box.height()).isCloseTo(0.25, Offset.offset(1e-9));
        assertThat(box.x()).isCloseTo((360 - 140) / 2.0, Offset.offset(1e-9));
        assertThat(pages.pages()).hasSize(3);
        assertThat(pages.pages().get(1).lines()).containsExactly(line);
        assertThat(line.top()).isZero();
    }

    @Test
    void aPictureInAQuoteIsCentredInsideTheQuotesIndent() {
        ImageData wide = picture(1000, 100);
        Line line = pictureLine(paginate(new Block.BlockQuote(List.of(new Block.Image("", wide)))));
        PictureBox box = PictureBox.of(line, wide);
        double indent = BlockTypesetter.INDENT_EM * 20;
        assertThat(box.x()).isCloseTo(indent, Offset.offset(1e-9));
        assertThat(box.x() + box.width()).isCloseTo(360, Offset.offset(1e-9));
    }

    @Test
    void thePicturesAltTextIsItsBlocksTextSoAnchorsCopyingAndReadingAloudHaveIt() {
        Story story = new Story("p.epub", "h", StoryMetadata.empty(),
                List.of(para("One."), new Block.Image("A chart of the bay", picture(10, 10)), para("Two.")));
        PreparedStory prepared = PreparedStory.of(story);
        assertThat(prepared.blockTexts()).containsExactly("One.", "A chart of the bay", "Two.");
        assertThat(prepared.pictures()).containsOnlyKeys(1);
        assertThat(prepared.blockRoles().get(1)).isEqualTo(quire.place.BlockRole.PARAGRAPH);
    }

    @Test
    void textAroundAPictureKeepsItsGapAboveAndBelow() {
        ImageData dot = picture(100, 50);
        List<Line> lines = paginate(para("Before."), new Block.Image("", dot), para("After.")).pages().get(0).lines();
        Line before = lines.get(0);
        Line picture = lines.get(1);
        Line after = lines.get(2);
        assertThat(picture.top()).isGreaterThan(before.top() + before.height());
        assertThat(after.top()).isGreaterThan(picture.top() + picture.height());
    }

    @Test
    void otherLinesHaveNoPictureBox() {
        Line text = paginate(para("Words.")).pages().get(0).lines().get(0);
        assertThat(PictureBox.of(text, picture(10, 10))).isNull();
    }
}
