package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import quire.story.Block;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryMetadata;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs of any mix of alignments and inline kinds (underline, strike-through, superscript,
 * subscript, emphasis, strong), at any measure and setting: the pages' text is the blocks' text, every
 * run lies inside its page, and a centred or right-aligned paragraph's lines are set ragged on the
 * measure, centred or flush right, never justified or indented.
 */
class StyledParagraphProperties {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final String ALPHABET = "abcdefghijklmnop  \u2019\u201c\u201d\u2014-.,\u00a0";

    record Piece(int kind, String text) {
        Inline inline() {
            List<Inline> child = List.of(new Inline.Text(text));
            switch (kind) {
                case 1: return new Inline.Underline(child);
                case 2: return new Inline.Strikethrough(child);
                case 3: return new Inline.Superscript(child);
                case 4: return new Inline.Subscript(child);
                case 5: return new Inline.Emphasis(List.of(new Inline.Underline(child)));
                case 6: return new Inline.Strong(List.of(new Inline.Superscript(child)));
                default: return child.get(0);
            }
        }
    }

    record Para(Block.Alignment alignment, List<Piece> pieces) {
        Block block() {
            List<Inline> spans = new ArrayList<>();
            pieces.forEach(piece -> spans.add(piece.inline()));
            return new Block.Paragraph(spans, alignment);
        }
    }

    record Case(List<Para> paragraphs, int width, int fontSize, int setting) {
    }

    static Gen<Case> cases() {
        Gen<Piece> piece = Gen.zip(Gen.ints(0, 6), Texts.strings(ALPHABET, 1, 30), Piece::new);
        Gen<Para> para = Gen.zip(Gen.oneOf(Block.Alignment.values()), Gen.lists(piece, 1, 12), Para::new);
        return Gen.zip(Gen.lists(para, 1, 6), Gen.ints(120, 900), Gen.ints(10, 32), Gen.ints(0, 15), Case::new);
    }

    @Test
    void pagesHoldTheStyledTextExactlyAndAlignedLinesSitOnTheMeasure() {
        Property.forAll("styledParagraphs", 300, cases(), StyledParagraphProperties::holds);
    }

    private static void holds(Case c) {
        List<Block> blocks = new ArrayList<>();
        c.paragraphs().forEach(p -> blocks.add(p.block()));
        Story story = new Story("styled.epub", "h", StoryMetadata.empty(), blocks);
        int s = c.setting();
        Typography type = new Typography("Serif", c.fontSize(), (s & 8) != 0 ? 1.0 : 1.5,
                Typography.ParagraphStyle.INDENT, (s & 1) != 0, (s & 2) != 0, (s & 4) != 0);
        PageSpec spec = new PageSpec(c.width(), 600, new PageSpec.Margins(30, 24, 30, 24), type);
        Pagination pages = Paginator.paginate(story, spec, MEASURER);
        List<String> texts = Paginator.blockTexts(story);
        assertThat(texts).hasSameSizeAs(blocks);
        assertThat(LayoutChecks.joinedText(pages, texts)).isEqualTo(story.plainText());
        LayoutChecks.assertCoversTextExactly(pages, texts);
        LayoutChecks.assertInsidePages(pages, MEASURER);
        for (Page page : pages.pages()) {
            for (Line line : page.lines()) {
                assertAligned(line, ((Block.Paragraph) blocks.get(line.block())).alignment(), spec);
            }
        }
    }

    /** A centred line's ink has as much room left as right of it; a right-aligned line ends at the measure. */
    private static void assertAligned(Line line, Block.Alignment alignment, PageSpec spec) {
        if (alignment == Block.Alignment.NORMAL || line.runs().isEmpty()) {
            return;
        }
        Run first = line.runs().get(0);
        Run last = line.hyphenated() ? line.decorations().get(line.decorations().size() - 1)
                : line.runs().get(line.runs().size() - 1);
        double left = first.x();
        double right = spec.contentWidth() - (last.x() + last.width(MEASURER));
        for (Run run : line.runs()) {
            assertThat(run.tracking()).as("an aligned line is not letter-spaced").isZero();
            assertThat(run.scale()).isEqualTo(1);
        }
        if (right < -0.01) {
            return; // a word wider than the measure: it starts at the margin, whatever the alignment
        }
        if (alignment == Block.Alignment.CENTRE) {
            assertThat(left).as("centred line '%s'", line.drawnText()).isCloseTo(right, Offset.offset(0.01));
        } else {
            assertThat(right).as("right-aligned line '%s'", line.drawnText()).isCloseTo(0, Offset.offset(0.01));
        }
    }
}
