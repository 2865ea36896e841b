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
}
