package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Invariants every pagination must satisfy, shared by unit and property tests. */
public final class LayoutChecks {
    private static final double EPSILON = 0.01;

    private LayoutChecks() {
    }

    /** The pages' text, joined in reading order with blank lines between blocks. */
    public static String joinedText(Pagination pagination, List<String> blockTexts) {
        StringBuilder text = new StringBuilder();
        int currentBlock = 0;
        for (Page page : pagination.pages()) {
            for (Line line : page.lines()) {
                while (currentBlock < line.block()) {
                    text.append("\n\n");
                    currentBlock++;
                }
                text.append(blockTexts.get(line.block()), line.start(), line.end());
            }
        }
        return text.toString();
    }

    /** Lines cover each block's text exactly once, in order, and the drawn runs are that text. */
    public static void assertCoversTextExactly(Pagination pagination, List<String> blockTexts) {
        int block = 0;
        int offset = 0;
        for (Page page : pagination.pages()) {
            for (Line line : page.lines()) {
                if (line.block() != block) {
                    assertThat(offset).as("block %d fully laid out", block).isEqualTo(blockTexts.get(block).length());
                    assertThat(line.block()).isEqualTo(block + 1);
                    assertThat(line.start()).isZero();
                    block = line.block();
                    offset = 0;
                }
                assertThat(line.start()).as("line starts where the previous ended").isEqualTo(offset);
                String source = blockTexts.get(block).substring(line.start(), line.end());
                assertThat(source.replace(" ", "").replace("\n", "").replace("\t", ""))
                        .isEqualTo(line.drawnText().replace(" ", "").replace("\t", ""));
                for (Run run : line.runs()) {
                    assertThat(run.isText()).as("a run of story text knows its offset").isTrue();
                    assertThat(blockTexts.get(block).substring(run.start(), run.end()))
                            .as("run at %d of block %d", run.start(), block).isEqualTo(run.text());
                    assertThat(run.start()).isBetween(line.start(), line.end());
                }
                for (Run decoration : line.decorations()) {
                    assertThat(decoration.isText()).as("a decoration is not story text").isFalse();
                }
                offset = line.end();
            }
        }
        assertThat(block).isEqualTo(blockTexts.size() - 1);
        assertThat(offset).isEqualTo(blockTexts.get(block).length());
    }

    /**
     * Every line's box and every run lie inside the content box of their page, except hanging
     * punctuation: an opening quote may start left of the box, and closing punctuation or a drawn hyphen
     * end right of it, by less than that mark's own width and never beyond the page's margin.
     */
    public static void assertInsidePages(Pagination pagination, TextMeasurer measurer) {
        PageSpec spec = pagination.spec();
        for (Page page : pagination.pages()) {
            for (Line line : page.lines()) {
                assertThat(line.top()).isGreaterThanOrEqualTo(-EPSILON);
                boolean alone = page.lines().size() == 1;
                if (!alone) {
                    assertThat(line.top() + line.height()).as("line bottom on page %d", page.index())
                            .isLessThanOrEqualTo(spec.contentHeight() + EPSILON);
                }
                for (Run run : line.runs()) {
                    assertInside(run, measurer, spec, HangingPunctuation.atStart(run.text().charAt(0)),
                            HangingPunctuation.atEnd(run.text().charAt(run.text().length() - 1)));
                }
                if (line.hyphenated()) {
                    Run hyphen = line.decorations().get(line.decorations().size() - 1);
                    assertThat(hyphen.text()).isEqualTo("-");
                    assertInside(hyphen, measurer, spec, 0, 1);
                }
            }
        }
    }

    private static void assertInside(Run run, TextMeasurer measurer, PageSpec spec, double startHang,
                                     double endHang) {
        String first = run.text().substring(0, 1);
        String last = run.text().substring(run.text().length() - 1);
        double left = Math.min(spec.margins().left(), startHang * measurer.width(first, run.font()));
        double right = Math.min(spec.margins().right(), endHang * measurer.width(last, run.font()));
        assertThat(run.x()).as("run '%s' left edge", run.text()).isGreaterThanOrEqualTo(-left - EPSILON);
        assertThat(run.x() + run.width(measurer)).as("run '%s' right edge", run.text())
                .isLessThanOrEqualTo(spec.contentWidth() + right + EPSILON);
    }

    /** Each page's first line is found again from its own anchor. */
    public static void assertAnchorsRoundTrip(Pagination pagination) {
        for (Page page : pagination.pages()) {
            assertThat(pagination.pageIndexOf(page.start())).isEqualTo(page.index());
        }
    }
}
