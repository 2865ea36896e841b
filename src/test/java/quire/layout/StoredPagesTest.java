package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.ImageData;
import quire.story.Inline;
import quire.story.Story;
import quire.testing.Gen;
import quire.testing.Property;

/**
 * The exact pages keep their lines as ranges and set a page's runs when it is asked for: the pages read
 * back must be the very pages that setting every line whole and packing them gives.
 */
class StoredPagesTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final PreparedStory STORY = PreparedStory.of(mixedStory());

    /** {@code style}: bit 0 justified, bit 1 hyphenated. */
    record Case(int width, int height, int fontSize, int style) {
        boolean justify() {
            return (style & 1) != 0;
        }

        boolean hyphenate() {
            return (style & 2) != 0;
        }
    }

    /** The generated story's paragraphs, with a picture, a list, a quote, superscripts and a code block. */
    private static Story mixedStory() {
        Story generated = StoryGenerator.story(40_000);
        List<Block> blocks = new ArrayList<>(generated.blocks());
        blocks.add(12, new Block.Image("a drawing", new ImageData(ImageData.Format.PNG, 500, 900, new byte[] {1})));
        blocks.add(20, new Block.ListBlock(false, 1, List.of(
                new Block.ListItem(List.of(new Block.Paragraph(List.of(new Inline.Text("“A quoted item, long enough "
                        + "to run over more than one line of a narrow page, and then some more words.”"))))),
                new Block.ListItem(List.of(new Block.Paragraph(List.of(new Inline.Text("Second item."))))))));
        blocks.add(30, new Block.BlockQuote(List.of(new Block.Paragraph(List.of(new Inline.Text("E = mc"),
                new Inline.Superscript(List.of(new Inline.Text("2"))), new Inline.Text(" and water is H"),
                new Inline.Subscript(List.of(new Inline.Text("2"))), new Inline.Text("O, said the quote."))))));
        blocks.add(40, new Block.Preformatted("code  block\n  indented line that is rather long for a page"));
        return new Story("mixed.md", "h", generated.metadata(), blocks);
    }

    private static PageSpec spec(Case c) {
        Typography type = new Typography("Serif", c.fontSize(), 1.4, Typography.ParagraphStyle.INDENT, c.justify(),
                c.hyphenate(), true);
        return new PageSpec(c.width(), c.height(), PageSpec.Margins.uniform(24), type);
    }

    /** The pages as they were made before pages were stored: every line set whole, then packed. */
    private static List<Page> packedWhole(PageSpec spec) {
        LineBreaker whole = LineBreaker.forPage(MEASURER, spec, STORY);
        List<Line> lines = new ArrayList<>();
        List<LeafBlock> blocks = STORY.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            lines.addAll(whole.lines(blocks.get(b), b == 0 ? null : blocks.get(b - 1)));
        }
        return PagePacker.pack(lines, spec.contentHeight(), Paginator.chapterBlocks(STORY, spec),
                new PageEndRebreak(whole, blocks));
    }

    @Test
    void storedPagesAreThePagesOfLinesSetWhole() {
        AtomicInteger hanging = new AtomicInteger();
        AtomicInteger letterSpaced = new AtomicInteger();
        Gen<Case> cases = Gen.zip(Gen.ints(200, 1400), Gen.ints(220, 1100), Gen.ints(10, 34), Gen.ints(0, 3),
                Case::new);
        Property.forAll("storedPagesAreThePagesOfLinesSetWhole", 16, cases, c -> {
            PageSpec spec = spec(c);
            Pagination stored = Paginator.paginate(STORY, spec, MEASURER);
            assertThat(stored.pages()).isInstanceOf(StoredPages.class);
            List<Page> whole = packedWhole(spec);
            assertThat(stored.pageCount()).isEqualTo(whole.size());
            for (int p = 0; p < whole.size(); p++) {
                assertThat(stored.page(p)).as("page %d", p).isEqualTo(whole.get(p));
                assertThat(stored.start(p)).isEqualTo(whole.get(p).start());
                for (Line line : whole.get(p).lines()) {
                    hanging.addAndGet(line.hangStart() != 0 || line.hangEnd() != 0 ? 1 : 0);
                    letterSpaced.addAndGet(line.letterSpaced() ? 1 : 0);
                }
            }
        });
        assertThat(hanging.get()).as("lines with hanging marks among the cases").isPositive();
        assertThat(letterSpaced.get()).as("letter-spaced lines among the cases").isPositive();
    }

    @Test
    void aScrollColumnOverStoredPagesIsTheColumnOfTheirLines() {
        PageSpec spec = spec(new Case(360, 500, 18, 3));
        Pagination stored = Paginator.paginate(STORY, spec, MEASURER);
        ScrollColumn column = ScrollColumn.of(stored);
        ScrollColumn whole = ScrollColumn.of(new Pagination(spec, packedWhole(spec)));
        assertThat(column.lineCount()).isEqualTo(whole.lineCount());
        assertThat(column.height()).isEqualTo(whole.height());
        for (int i = 0; i < column.lineCount(); i += 7) {
            assertThat(column.top(i)).isEqualTo(whole.top(i));
            assertThat(column.line(i)).isEqualTo(whole.line(i));
        }
        assertThat(column.window(40, 60, column.top(40))).isEqualTo(whole.window(40, 60, whole.top(40)));
    }

    @Test
    void thePagesNearTheReaderAreKeptAndFarOnesSetAgain() {
        Pagination stored = Paginator.paginate(STORY, spec(new Case(400, 500, 18, 3)), MEASURER);
        assertThat(stored.pageCount()).isGreaterThan(StoredPages.KEPT + 2);
        Page first = stored.page(0);
        assertThat(stored.page(0)).isSameAs(first);
        for (int p = 1; p <= StoredPages.KEPT; p++) {
            stored.page(p);
        }
        Page again = stored.page(0);
        assertThat(again).as("set again after %d other pages", StoredPages.KEPT).isNotSameAs(first).isEqualTo(first);
        assertThat(stored.page(StoredPages.KEPT)).as("a page asked for last is kept").isSameAs(stored.page(StoredPages.KEPT));
    }
}
