package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Every panel at the smallest window Quire allows, a small laptop's and a large monitor's: no label,
 * button or check box is drawn cut short with an ellipsis (they wrap or stack instead).
 */
class PanelsAtEverySizeIT extends AppTestSupport {
    private static final double[][] SIZES = {{480, 360}, {700, 760}, {2560, 1440}};

    private void resize(double[] size) throws Exception {
        app.onFx(() -> {
            app.stage.setWidth(size[0]);
            app.stage.setHeight(size[1]);
        });
        app.waitForPulses(3);
    }

    private void assertNothingCut(String what, double[] size) throws Exception {
        app.waitForPulses(3);
        assertThat(app.readOnFx(() -> KeyboardHelpIT.cutShort(app.stage.getScene().getRoot())))
                .as("%s at %sx%s: labels drawn with an ellipsis", what, size[0], size[1]).isEmpty();
    }

    @Test
    void theConsentScreenAndEveryPanelOverThePageShowTheirWordsWhole() throws Exception {
        launch();
        for (double[] size : SIZES) {
            resize(size);
            assertNothingCut("the consent screen", size);
        }
        app.type(KeyCode.ENTER);
        app.type(KeyCode.B); // a bookmark, so the marks panel lists a mark
        for (double[] size : SIZES) {
            resize(size);
            for (KeyCode key : List.of(KeyCode.S, KeyCode.F1, KeyCode.C, KeyCode.M, KeyCode.I, KeyCode.G)) {
                app.type(key);
                assertNothingCut("the panel of " + key, size);
                app.type(KeyCode.ESCAPE);
            }
            app.press(KeyCode.CONTROL);
            app.type(KeyCode.A);
            app.release(KeyCode.CONTROL);
            app.type(KeyCode.N);
            assertNothingCut("the note editor", size);
            app.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void theProblemScreenShowsItsWordsWhole() throws Exception {
        launch(config.resolveSibling(config.getFileName() + "-missing.md").toString());
        for (double[] size : SIZES) {
            resize(size);
            assertNothingCut("the problem screen", size);
        }
    }
}
