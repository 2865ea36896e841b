package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Block;
import quire.story.Inline;
import quire.story.Story;
import quire.story.StoryMetadata;

/** Underline, strike-through, superscript and subscript as the engine sets them. */
class TextEffectsLayoutTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    static Story story(Block... blocks) {
        return new Story("effects.epub", "hash", StoryMetadata.empty(), List.of(blocks));
    }

    private static Pagination paginate(Story story, double spacing, boolean justify) {
        Typography type = new Typography("Serif", 20, spacing, Typography.ParagraphStyle.INDENT, justify);
        return Paginator.paginate(story, new PageSpec(400, 2000, PageSpec.Margins.uniform(20), type), MEASURER);
    }

    private static List<Run> runs(Pagination pages) {
        return pages.pages().stream().flatMap(p -> p.lines().stream()).flatMap(l -> l.runs().stream()).toList();
    }

    @Test
    void aSuperscriptIsSmallerAndRaisedASubscriptSmallerAndLowered() {
        Story story = story(new Block.Paragraph(List.of(text("E = mc"), new Inline.Superscript(List.of(text("2"))),
                text(" and H"), new Inline.Subscript(List.of(text("2"))), text("O"))));
        List<Run> runs = runs(paginate(story, 1.5, false));
        Run sup = runs.stream().filter(r -> r.text().equals("2") && r.start() == 6).findFirst().orElseThrow();
        Run sub = runs.stream().filter(r -> r.text().equals("2") && r.start() == 13).findFirst().orElseThrow();
        Run plain = runs.get(0);
        assertThat(plain.font().size()).isEqualTo(20);
        assertThat(plain.shift()).isZero();
        assertThat(sup.font().size()).isEqualTo(20 * TextEffects.SCRIPT_SIZE);
        assertThat(sub.font().size()).isEqualTo(20 * TextEffects.SCRIPT_SIZE);
        assertThat(sup.shift()).isNegative();
        assertThat(sub.shift()).isPositive();
        // Narrower because smaller: the "2" after "mc" takes 0.7 of a plain digit's width.
        Run after = runs.stream().filter(r -> r.start() == 7).findFirst().orElseThrow();
        assertThat(after.x() - sup.x()).isEqualTo(MEASURER.width("2", sup.font()), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(runs.stream().map(Run::text).reduce("", String::concat)).isEqualTo("E = mc2 and H2O");
    }

    @Test
    void scriptsKeepTheLineHeightWhenTheyFitAndGrowItOnlyByWhatTheyReachPast() {
        Block plain = new Block.Paragraph(List.of(text("Plain words only here.")));
        Block sup = new Block.Paragraph(List.of(text("A note"), new Inline.Superscript(List.of(text("12"))), text(".")));
        Block sub = new Block.Paragraph(List.of(text("Water, H"), new Inline.Subscript(List.of(text("2"))), text("O.")));
        List<Line> spaced = lines(paginate(story(plain, sup, sub), 1.5, false));
        assertThat(spaced).extracting(Line::height).containsOnly(30.0);
        List<Line> tight = lines(paginate(story(plain, sup, sub), 1.0, false));
        // Line box 20 (ascent 16, descent 4). A superscript of 14 px raised 6.72 px tops out 17.92 px up.
        assertThat(tight.get(0).height()).isEqualTo(20.0);
        assertThat(tight.get(1).height()).isCloseTo(21.92, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tight.get(1).baseline() - tight.get(1).top()).isCloseTo(17.92, org.assertj.core.data.Offset.offset(1e-9));
        // A subscript of 14 px lowered 3.92 px reaches 6.72 px down, 2.72 past the box.
        assertThat(tight.get(2).height()).isCloseTo(22.72, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tight.get(2).baseline() - tight.get(2).top()).isEqualTo(16.0);
    }

    @Test
    void underlineAndStrikeThroughReachEveryRunOfTheirTextOnJustifiedLines() {
        String under = "every word of this long underlined phrase is marked, across the line it breaks over";
        Story story = story(new Block.Paragraph(List.of(text("Before it, "), new Inline.Underline(List.of(text(under))),
                text(" and then "), new Inline.Strikethrough(List.of(text("a struck word"))), text(" after."))));
        Pagination pages = paginate(story, 1.5, true);
        String block = Paginator.blockTexts(story).get(0);
        int underFrom = block.indexOf(under);
        int strikeFrom = block.indexOf("a struck word");
        List<Run> runs = runs(pages);
        assertThat(pages.pages().get(0).lines()).hasSizeGreaterThan(3);
        for (Run run : runs) {
            boolean inUnder = run.start() >= underFrom && run.end() <= underFrom + under.length();
            boolean inStrike = run.start() >= strikeFrom && run.end() <= strikeFrom + "a struck word".length();
            assertThat(run.isUnderlined()).as(run.text()).isEqualTo(inUnder);
            assertThat(run.isStruckThrough()).as(run.text()).isEqualTo(inStrike);
            assertThat(run.shift()).isZero();
            assertThat(run.font().size()).isEqualTo(20);
        }
        assertThat(LayoutChecks.joinedText(pages, Paginator.blockTexts(story))).isEqualTo(story.plainText());
    }

    private static List<Line> lines(Pagination pages) {
        return pages.pages().stream().flatMap(p -> p.lines().stream()).toList();
    }
}
