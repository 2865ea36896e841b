package quire.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import quire.layout.FontSpec;

/** The real measurer agrees with itself the way the engine assumes: pieces add up to the whole. */
class FxTextMeasurerIT {
    private static final FontSpec SERIF = new FontSpec("Serif", 20, false, false);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void trailingSpacesTakeRoom() {
        FxTextMeasurer m = new FxTextMeasurer();
        assertThat(m.width("word ", SERIF)).isGreaterThan(m.width("word", SERIF) + 2);
    }

    @Test
    void wordsAddUpToTheirLine() {
        FxTextMeasurer m = new FxTextMeasurer();
        String line = "\u201cCan\u2019t get everything, can you?\u201d he asked, the snick of the lighter";
        double sum = 0;
        for (String piece : line.split("(?<= )")) {
            sum += m.width(piece, SERIF);
        }
        assertThat(sum).isCloseTo(m.width(line, SERIF), within(0.5));
    }

    @Test
    void stylesAndSizesDiffer() {
        FxTextMeasurer m = new FxTextMeasurer();
        FontSpec big = new FontSpec("Serif", 40, false, false);
        assertThat(m.width("Xander", big)).isCloseTo(2 * m.width("Xander", SERIF), within(2.0));
        assertThat(m.metrics(big).height()).isGreaterThan(m.metrics(SERIF).height());
        assertThat(m.width("", SERIF)).isZero();
    }

    @Test
    void theWidthsOfFontsNoLongerAskedForAreForgottenAndMeasuredAlikeAgain() {
        FxTextMeasurer m = new FxTextMeasurer();
        FontSpec bigger = new FontSpec("Serif", 22, false, false);
        double before = m.width("Xander", SERIF);
        m.width("Xander", bigger);
        m.forgetFontsUnused();
        assertThat(m.fontsKept()).as("both asked for since the start").isEqualTo(2);

        char[] word = "Xander".toCharArray();
        m.width(word, 0, word.length, bigger);
        m.forgetFontsUnused();
        assertThat(m.fontsKept()).as("only the font asked for since the last time").isEqualTo(1);

        assertThat(m.width("Xander", SERIF)).isEqualTo(before);
        m.width("Xander", SERIF);
        m.forgetFontsUnused();
        assertThat(m.fontsKept()).as("the last font asked for, again and again, is kept").isEqualTo(1);
    }
}
