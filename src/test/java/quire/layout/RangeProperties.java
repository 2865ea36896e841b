package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.story.Story;
import quire.testing.Gen;
import quire.testing.Property;
import quire.text.CopyText;

/**
 * For any window, font size and two points on a page, the range between them is drawn inside the page
 * behind its own lines, copies as the text between its ends, and every character boundary is found
 * again under the place it is drawn.
 */
class RangeProperties {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final Story STORY = PaginatorTest.story(readBundled() + "\n\n> quoted *text*\n\n- a\n- b\n");
    private static final List<String> TEXTS = Paginator.blockTexts(STORY);

    private static String readBundled() {
        try (var in = quire.story.StoryReader.class.getResourceAsStream("/story/story.md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Layout(int width, int height, int fontSize, boolean justify) {
    }

    record Drag(Layout layout, int page, double[] from, double[] to) {
    }

    private static Gen<double[]> point() {
        return Gen.zip(Gen.ints(-50, 1100), Gen.ints(-50, 1500), (x, y) -> new double[] {x, y});
    }

    @Test
    void aDraggedRangeIsDrawnInsideItsPageAndCopiesItsText() {
        Gen<Layout> layouts = Gen.zip(Gen.ints(480, 2560), Gen.ints(360, 1440), Gen.ints(10, 40), Gen.booleans(), Layout::new);
        Gen<Drag> drags = Gen.zip(layouts, Gen.ints(0, 40), point(), point(), Drag::new);
        Property.forAll("aDraggedRangeIsDrawnInsideItsPageAndCopiesItsText", 200, drags, drag -> {
            Layout l = drag.layout();
            Typography type = new Typography("Serif", l.fontSize(), 1.5, Typography.ParagraphStyle.INDENT, l.justify());
            PageSpec spec = new PageSpec(l.width(), l.height(), new PageSpec.Margins(40, 48, 40, 48), type);
            Pagination pages = Paginator.paginate(STORY, spec, MEASURER);
            Page page = pages.page(drag.page() % pages.pageCount());
            Anchor a = LineGeometry.anchorAt(page, drag.from()[0], drag.from()[1], MEASURER);
            Anchor b = LineGeometry.anchorAt(page, drag.to()[0], drag.to()[1], MEASURER);
            TextRange range = TextRange.between(a, b);
            assertThat(range.start()).isGreaterThanOrEqualTo(page.start());
            for (LineGeometry.Box box : LineGeometry.boxes(page, range, MEASURER)) {
                assertThat(box.x()).isGreaterThanOrEqualTo(-0.01);
                assertThat(box.x() + box.width()).isLessThanOrEqualTo(spec.contentWidth() + MEASURER.width(" ", font(l)) + 0.01);
                assertThat(box.y() + box.height()).isLessThanOrEqualTo(spec.contentHeight() + 0.01);
            }
            assertThat(CopyText.of(TEXTS, range)).isEqualTo(expectedCopy(range));
            for (Line line : page.lines()) {
                for (Run run : line.runs()) {
                    for (int offset : new int[] {run.start(), run.start() + run.text().length() / 2}) {
                        double x = LineGeometry.xOf(line, offset, MEASURER);
                        assertThat(LineGeometry.offsetAt(line, x + 0.1, MEASURER)).as("offset %d of '%s'", offset, run.text())
                                .isEqualTo(offset);
                    }
                }
            }
        });
    }

    private static FontSpec font(Layout l) {
        return new FontSpec("Serif", l.fontSize() * 1.5, true, false);
    }

    /** The text between the ends, block by block, with a blank line between blocks. */
    private static String expectedCopy(TextRange range) {
        StringBuilder text = new StringBuilder();
        for (int block = range.start().block(); block <= range.end().block(); block++) {
            String t = TEXTS.get(block);
            int from = block == range.start().block() ? range.start().offset() : 0;
            int to = block == range.end().block() ? range.end().offset() : t.length();
            if (block > range.start().block() && !(block == range.end().block() && to == 0)) {
                text.append("\n\n");
            }
            text.append(t, from, Math.max(from, to));
        }
        return text.toString();
    }
}
