package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * How a line's slack is shared. A 10 px font; a line of 4 word spaces of 5 px (20 px: they may stretch
 * by 10 px and shrink by 6.67 px) and 30 letter gaps over 150 px of glyphs (letter spacing gives at most
 * 30 × 0.23 = 6.9 px and takes 30 × 0.12 = 3.6 px; glyph expansion 3 px either way).
 */
class LineFillTest {
    private static final LineFill.Letters LETTERS = new LineFill.Letters(30, 150);
    private static final double WIDEN = 30 * LetterSpacing.MAX_EM * 10 + 150 * GlyphExpansion.MAX_STRETCH;
    private static final double NARROW = 30 * LetterSpacing.MAX_TIGHTER_EM * 10 + 150 * GlyphExpansion.MAX_SHRINK;

    private static LineFill fill(double slack, boolean full) {
        return LineFill.of(slack, 4, 20, LETTERS, full, 10, true);
    }

    @Test
    void wordSpacesTakeTheSlackFirstAndTheLettersStayAsTheyAre() {
        LineFill stretched = fill(8, true);
        assertThat(stretched.perSpace()).isCloseTo(2, within(1e-9));
        assertThat(stretched.tracking()).isZero();
        assertThat(stretched.scale()).isEqualTo(1);
        LineFill shrunk = fill(-6, true);
        assertThat(shrunk.perSpace()).isCloseTo(-1.5, within(1e-9));
        assertThat(shrunk.scale()).isEqualTo(1);
    }

    @Test
    void pastOneAndAHalfSpacesTheLettersTakeTheSameShareOfBothTheirLimits() {
        LineFill fill = fill(10 + WIDEN / 2, true);
        assertThat(fill.perSpace()).as("spaces at exactly 1.5").isCloseTo(2.5, within(1e-9));
        assertThat(fill.tracking()).isCloseTo(LetterSpacing.MAX_EM * 10 / 2, within(1e-9));
        assertThat(fill.scale()).isCloseTo(1 + GlyphExpansion.MAX_STRETCH / 2, within(1e-9));
        double used = 4 * fill.perSpace() + 30 * fill.tracking() + 150 * (fill.scale() - 1);
        assertThat(used).as("the whole slack, no more").isCloseTo(10 + WIDEN / 2, within(1e-9));
    }

    @Test
    void pastTheLettersLimitsTheSpacesGrowAgainAndTheLettersStopAtTheirs() {
        LineFill fill = fill(10 + WIDEN + 4, true);
        assertThat(fill.tracking()).isCloseTo(LetterSpacing.MAX_EM * 10, within(1e-9));
        assertThat(fill.scale()).isCloseTo(1 + GlyphExpansion.MAX_STRETCH, within(1e-9));
        assertThat(fill.perSpace()).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void aTightLineNarrowsItsLettersOnlyOnceItsSpacesAreAtTwoThirds() {
        LineFill fill = fill(-20.0 / 3 - NARROW / 4, true);
        assertThat(fill.perSpace()).isCloseTo(-5.0 / 3, within(1e-9));
        assertThat(fill.tracking()).isCloseTo(-LetterSpacing.MAX_TIGHTER_EM * 10 / 4, within(1e-9));
        assertThat(fill.scale()).isCloseTo(1 - GlyphExpansion.MAX_SHRINK / 4, within(1e-9));
    }

    @Test
    void aParagraphsLastLineNeverStretchesButMayShrinkAsTheBreakerLetIt() {
        LineFill loose = fill(30, false);
        assertThat(loose.perSpace()).isZero();
        assertThat(loose.tracking()).isZero();
        assertThat(loose.scale()).isEqualTo(1);
        LineFill tight = fill(-8, false);
        assertThat(tight.perSpace()).isCloseTo(-5.0 / 3, within(1e-9));
        assertThat(tight.tracking()).isNegative();
    }

    @Test
    void withoutGlyphExpansionOnlyTheSpacingMovesAndGlyphsKeepTheirWidth() {
        LineFill fill = LineFill.of(10 + 3, 4, 20, LETTERS, true, 10, false);
        assertThat(fill.scale()).isEqualTo(1);
        assertThat(fill.tracking()).isCloseTo(3.0 / 30, within(1e-9));
    }

    @Test
    void aLineWithNoLettersThatMayMoveIsFilledBySpacesAlone() {
        LineFill fill = LineFill.of(16, 4, 20, LineFill.Letters.NONE, true, 10, true);
        assertThat(fill.perSpace()).isCloseTo(4, within(1e-9));
        assertThat(fill.tracking()).isZero();
        assertThat(fill.scale()).isEqualTo(1);
    }
}
