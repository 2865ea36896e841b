package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/**
 * Letter spacing and glyph expansion as the last resort of justification. 10 px font, every character
 * and space 5 px wide, so letters may move apart by at most 0.23 px each and together by at most 0.12 px
 * each, and glyphs grow or shrink by at most 2% (0.1 px each).
 */
class LetterSpacingTest {
    private static final TextMeasurer MEASURER = new FixedWidthMeasurer();
    private static final double MOST = LetterSpacing.MAX_EM * 10;
    private static final double TIGHTEST = LetterSpacing.MAX_TIGHTER_EM * 10;
    /** Two words a line at most: "abcdefgh abcdefghij" is 95 px, with 16 letter gaps and one space. */
    private static final String LONG_WORDS = "abcdefgh abcdefghij abcdefgh abcdefghij";

    private static LeafBlock paragraph(String text) {
        return new LeafBlock(0, LeafBlock.Kind.PARAGRAPH, text,
                List.of(new LeafBlock.StyleRange(0, text.length(), false, false, false)), 0, 0, "", true);
    }

    private static LineBreaker breaker(double width, boolean justify, LineBreaker.Strategy strategy) {
        Typography type = new Typography("Serif", 10, 1.5, Typography.ParagraphStyle.SPACED, justify, false, false);
        return new LineBreaker(MEASURER, type, width, 0, () -> null, strategy);
    }

    private static double rightEdge(Line line) {
        Run last = line.runs().get(line.runs().size() - 1);
        return last.x() + last.width(MEASURER);
    }

    private static double space(Line line) {
        Run a = line.runs().get(0);
        return line.runs().get(1).x() - (a.x() + a.width(MEASURER));
    }

    @Test
    void aLineWordSpacesCannotFillSpacesItsLettersALittleAndKeepsItsSpacesAtOneAndAHalf() {
        List<Line> spacesOnly = breaker(98, true, LineBreaker.Strategy.WORD_SPACES_ONLY).lines(paragraph(LONG_WORDS), null);
        assertThat(space(spacesOnly.get(0))).as("word spaces alone grow past 1.5 spaces").isGreaterThan(7.5);

        LineBreaker breaker = breaker(98, true, LineBreaker.Strategy.NO_GLYPH_EXPANSION);
        List<Line> lines = breaker.lines(paragraph(LONG_WORDS), null);
        assertThat(lines).extracting(Line::drawnText).containsExactly("abcdefghabcdefghij", "abcdefgh abcdefghij");
        Line first = lines.get(0);
        assertThat(space(first)).isCloseTo(7.5, within(1e-9));
        assertThat(first.runs()).allSatisfy(run -> assertThat(run.tracking()).isCloseTo(0.5 / 16, within(1e-9)));
        assertThat(first.runs()).allSatisfy(run -> assertThat(run.scale()).isEqualTo(1));
        assertThat(rightEdge(first)).as("still exactly the measure").isCloseTo(98, within(1e-9));
        assertThat(lines.get(1).runs()).as("the last line is not stretched").allSatisfy(run -> assertThat(run.tracking()).isZero());
        assertThat(breaker.tally().letterSpaced()).isEqualTo(1);
        assertThat(breaker.tally().emergencies()).isZero();
    }

    @Test
    void withGlyphExpansionTheLettersSpacingAndWidthTakeTheSameShareOfTheirLimits() {
        LineBreaker breaker = breaker(98, true, LineBreaker.Strategy.OPTIMAL);
        Line first = breaker.lines(paragraph(LONG_WORDS), null).get(0);
        assertThat(space(first)).isCloseTo(7.5, within(1e-9));
        // 0.5 px past the spaces' limit, over 16 gaps of at most 0.23 px and 90 px of glyphs of at most 2%.
        double share = 0.5 / (16 * MOST + 90 * GlyphExpansion.MAX_STRETCH);
        assertThat(first.runs()).allSatisfy(run -> {
            assertThat(run.tracking()).isCloseTo(share * MOST, within(1e-9));
            assertThat(run.scale()).isCloseTo(1 + share * GlyphExpansion.MAX_STRETCH, within(1e-9));
        });
        assertThat(rightEdge(first)).as("still exactly the measure").isCloseTo(98, within(1e-9));
        assertThat(breaker.tally().emergencies()).isZero();
    }

    @Test
    void glyphExpansionSetsWithoutAnEmergencyALineLetterSpacingAloneCannotFill() {
        // At 102 px the first line is 4.5 px past its spaces' 2.5 px of stretch: its 16 gaps give 3.68 px,
        // not enough, but with its 90 px of glyphs 2% wider they give 5.48 px.
        LineBreaker without = breaker(102, true, LineBreaker.Strategy.NO_GLYPH_EXPANSION);
        without.lines(paragraph(LONG_WORDS), null);
        LineBreaker with = breaker(102, true, LineBreaker.Strategy.OPTIMAL);
        Line first = with.lines(paragraph(LONG_WORDS), null).get(0);
        assertThat(without.tally().emergencies()).as("letter spacing alone cannot").isEqualTo(1);
        assertThat(with.tally().emergencies()).isZero();
        assertThat(space(first)).isCloseTo(7.5, within(1e-9));
        assertThat(first.runs()).allSatisfy(run -> assertThat(run.scale()).isGreaterThan(1)
                .isLessThanOrEqualTo(1 + GlyphExpansion.MAX_STRETCH));
        assertThat(rightEdge(first)).isCloseTo(102, within(1e-9));
    }

    @Test
    void aLineJustOverTheMeasureTightensItsLettersWithinTheirLimit() {
        LineBreaker breaker = breaker(93, true, LineBreaker.Strategy.OPTIMAL);
        List<Line> lines = breaker.lines(paragraph(LONG_WORDS), null);
        assertThat(lines).hasSize(2);
        for (Line line : lines) {
            assertThat(space(line)).as("spaces shrink by a third first").isCloseTo(5 - 5.0 / 3, within(1e-9));
            assertThat(line.runs().get(0).tracking()).isNegative().isGreaterThanOrEqualTo(-TIGHTEST);
            assertThat(line.runs().get(0).scale()).isLessThan(1).isGreaterThanOrEqualTo(1 - GlyphExpansion.MAX_SHRINK);
            assertThat(rightEdge(line)).isCloseTo(93, within(1e-9));
        }
        assertThat(breaker.tally().emergencies()).isZero();
    }

    @Test
    void paragraphsWordSpacesCanSetAreNotLetterSpacedNorIsRaggedText() {
        String even = "aaaa bbbb cccc dddd eeee ffff gggg hhhh";
        assertThat(breaker(95, true, LineBreaker.Strategy.OPTIMAL).lines(paragraph(even), null))
                .flatExtracting(Line::runs).allSatisfy(run -> assertThat(run.isExpanded() || run.isTracked()).isFalse());
        assertThat(breaker(98, false, LineBreaker.Strategy.OPTIMAL).lines(paragraph(LONG_WORDS), null))
                .flatExtracting(Line::runs).allSatisfy(run -> assertThat(run.isExpanded() || run.isTracked()).isFalse());
    }

    @Test
    void onlyCharactersDrawnAsGlyphsOfTheirOwnAreSpaced() {
        assertThat(LetterSpacing.gaps("well-known", 0, 10)).isEqualTo(9);
        assertThat(LetterSpacing.gaps("two words", 0, 9)).as("a word space is not a letter gap").isEqualTo(6);
        assertThat(LetterSpacing.gaps("nai\u0308ve", 0, 6)).as("a combining accent").isZero();
        assertThat(LetterSpacing.gaps("\u6f22\u5b57", 0, 2)).as("ideographs").isZero();
        assertThat(LetterSpacing.gaps("\u0645\u0631\u062d\u0628\u0627", 0, 5)).as("Arabic joins its letters").isZero();
        assertThat(LetterSpacing.gaps("ok\uD83D\uDE00", 0, 4)).as("an emoji").isZero();
    }

    @Test
    void aWordIsSpacedInEveryGapExactlyWhenEachOfItsGapsCountsAsOne() {
        Gen<String> words = Texts.strings("ab -\u2019\u2014\u00e9\u0308\u6f22\u00a0\u200b\t\u0645\uD83D\uDE00", 0, 8);
        Property.forAll("spacesEveryGap", 500, words, word -> {
            char[] chars = word.toCharArray();
            for (int from = 0; from <= chars.length; from++) {
                for (int to = from; to <= chars.length; to++) {
                    boolean counted = LetterSpacing.gaps(chars, from, to) == to - from - 1;
                    assertThat(LetterSpacing.spacesEveryGap(chars, from, to)).as("[%d, %d)", from, to).isEqualTo(counted);
                }
            }
        });
    }

    @Test
    void selectionFindsTheLettersOfASpacedRunWhereTheyAreDrawn() {
        Run run = new Run("abcdef", new FontSpec("Serif", 10, false, false), 10, 4, 0.2);
        Line line = new Line(0, 4, 10, Line.Kind.TEXT, false, false, 0, 0, 15, 12, List.of(run), List.of(), false);
        assertThat(run.width(MEASURER)).isCloseTo(30 + 5 * 0.2, within(1e-9));
        for (int k = 0; k <= 6; k++) {
            double x = LineGeometry.xOf(line, 4 + k, MEASURER);
            assertThat(x).isCloseTo(10 + 5 * k + 0.2 * Math.min(k, 5), within(1e-9));
            assertThat(LineGeometry.offsetAt(line, x + 0.1, MEASURER)).isEqualTo(4 + k);
        }
    }

    @Test
    void selectionFindsTheLettersOfAnExpandedRunWhereTheyAreDrawn() {
        Run run = new Run("abcdef", new FontSpec("Serif", 10, false, false), 10, 4, 0.2, 1.02);
        Line line = new Line(0, 4, 10, Line.Kind.TEXT, false, false, 0, 0, 15, 12, List.of(run), List.of(), false);
        assertThat(run.width(MEASURER)).isCloseTo(30 * 1.02 + 5 * 0.2, within(1e-9));
        for (int k = 0; k <= 6; k++) {
            double x = LineGeometry.xOf(line, 4 + k, MEASURER);
            assertThat(x).isCloseTo(10 + 5 * 1.02 * k + 0.2 * Math.min(k, 5), within(1e-9));
            assertThat(LineGeometry.offsetAt(line, x + 0.1, MEASURER)).isEqualTo(4 + k);
        }
    }

    @Test
    void theQuickAnswerForCommonCharactersIsTheFullRulesAnswer() {
        for (char c = 0; c < 0x3000; c++) {
            boolean byType = switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                     Character.FORMAT, Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED,
                     Character.OTHER_LETTER -> false;
                default -> true;
            };
            boolean full = !Character.isSurrogate(c) && !Character.isIdeographic(c) && byType;
            assertThat(LetterSpacing.isSpaceable(c)).as("U+%04X", (int) c).isEqualTo(full);
        }
    }
}
