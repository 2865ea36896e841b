package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the optimal breaker does that a greedy one cannot; 10 px font, every character 5 px wide. */
class OptimalBreakingTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final Hyphenator ENGLISH = HyphenationLibrary.load("en").orElseThrow();

    private static LeafBlock paragraph(String text) {
        return new LeafBlock(0, LeafBlock.Kind.PARAGRAPH, text,
                List.of(new LeafBlock.StyleRange(0, text.length(), false, false, false)), 0, 0, "", true);
    }

    private static List<Line> set(String text, double width, boolean justify, boolean hyphenate, boolean hang,
                                  LineBreaker.Strategy strategy) {
        Typography type = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, justify, hyphenate, hang);
        return new LineBreaker(MEASURER, type, width, 20, () -> ENGLISH, strategy).lines(paragraph(text), null);
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::drawnText).toList();
    }

    /** The widest word space of the full lines, in multiples of the normal space (5 px). */
    private static double widestSpace(List<Line> lines) {
        double widest = 0;
        for (Line line : lines.subList(0, lines.size() - 1)) {
            for (int i = 1; i < line.runs().size(); i++) {
                Run a = line.runs().get(i - 1);
                widest = Math.max(widest, (line.runs().get(i).x() - a.x() - 5 * a.text().length()) / 5);
            }
        }
        return widest;
    }

    private static final String SPIKE = "Spike smirked, bringing an unlit cigarette up to his mouth. \u201cCan\u2019t get "
            + "everything, can you?\u201d he asked, the snick of the lighter reverberating in his ears.";

    @Test
    void justifiedLinesKeepEvenSpacesWhereGreedyBreakingLeavesGaps() {
        List<Line> greedy = set(SPIKE, 200, true, true, false, LineBreaker.Strategy.GREEDY);
        List<Line> optimal = set(SPIKE, 200, true, true, false, LineBreaker.Strategy.OPTIMAL);
        assertThat(widestSpace(greedy)).isGreaterThan(2);
        assertThat(widestSpace(optimal)).isLessThanOrEqualTo(1.5);
    }

    @Test
    void aHyphenIsDrawnAfterTheWordsFirstHalfAndIsNotText() {
        List<Line> lines = set(SPIKE, 200, true, true, false, LineBreaker.Strategy.OPTIMAL);
        List<Line> hyphenated = lines.stream().filter(Line::hyphenated).toList();
        assertThat(hyphenated).isNotEmpty();
        for (Line line : hyphenated) {
            Run half = line.runs().get(line.runs().size() - 1);
            Run hyphen = line.decorations().get(0);
            assertThat(hyphen.isText()).isFalse();
            assertThat(hyphen.text()).isEqualTo("-");
            assertThat(hyphen.x()).as("right after the word's first half").isEqualTo(half.x() + 5 * half.text().length());
            assertThat(hyphen.x() + 5).as("the hyphen ends at the measure").isCloseTo(200, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(Character.isLetter(SPIKE.charAt(line.end() - 1)) && Character.isLetter(SPIKE.charAt(line.end())))
                    .as("inside a word").isTrue();
        }
        assertThat(set(SPIKE, 200, true, false, false, LineBreaker.Strategy.OPTIMAL)).noneMatch(Line::hyphenated);
    }

    @Test
    void raggedTextAvoidsARuntLastLineWhereGreedyLeavesOne() {
        String text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk";
        List<Line> greedy = set(text, 250, false, false, false, LineBreaker.Strategy.GREEDY);
        assertThat(texts(greedy)).containsExactly("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj", "kkkk");
        List<Line> optimal = set(text, 250, false, false, false, LineBreaker.Strategy.OPTIMAL);
        assertThat(optimal).hasSize(2);
        assertThat(optimal.get(1).drawnText().length() * 5).as("no runt: a sixth of the measure at least")
                .isGreaterThanOrEqualTo(250 / 6);
    }

    @Test
    void openingQuotesAndClosingPunctuationHangIntoTheMargins() {
        String text = "\u201cWell, not everything,\u201d he said. \u201cNot you.\u201d";
        List<Line> lines = set(text, 120, false, false, true, LineBreaker.Strategy.OPTIMAL);
        Run first = lines.get(0).runs().get(0);
        assertThat(first.text()).startsWith("\u201c");
        assertThat(first.x()).as("the quote hangs 0.7 of its width left of the margin").isEqualTo(-3.5);
        List<Line> flush = set(text, 120, false, false, false, LineBreaker.Strategy.OPTIMAL);
        assertThat(flush.get(0).runs().get(0).x()).isZero();
    }

    @Test
    void chineseAndJapaneseBreakBetweenCharactersButNotBeforeClosingPunctuation() {
        String text = "\u6211\u4eec\u4eca\u5929\u53bb\u516c\u56ed\u6563\u6b65\u3002\u300c\u3053\u3093\u306b"
                + "\u3061\u306f\u300d\u3068\u8a00\u3063\u305f\u3002\u6211\u7231Java\u7f16\u7a0b\u3002";
        List<Line> lines = set(text, 20, true, true, false, LineBreaker.Strategy.OPTIMAL);
        assertThat(lines.size()).isGreaterThan(5);
        StringBuilder joined = new StringBuilder();
        for (Line line : lines) {
            String drawn = line.drawnText();
            joined.append(text, line.start(), line.end());
            assertThat(drawn).as("no line starts with closing punctuation or a small kana")
                    .doesNotStartWith("\u3002").doesNotStartWith("\u300d").doesNotStartWith("\u3063");
            assertThat(drawn).as("no line ends with an opening bracket").doesNotEndWith("\u300c");
            assertThat(drawn).as("a word of a spaced script stays whole").matches("[^A-Za-z]*(Java)?[^A-Za-z]*");
            assertThat(line.hyphenated()).isFalse();
        }
        assertThat(joined.toString()).isEqualTo(text);
    }
}
