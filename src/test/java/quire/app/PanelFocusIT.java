package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A panel opened from the page takes the focus on its first control, so the keyboard and a screen
 * reader start there. Panels laid out in a scroll pane did not (the focus stayed on the page behind).
 */
class PanelFocusIT extends AppTestSupport {
    private String focusOwner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node owner = app.node(".reader").getScene().getFocusOwner();
            return owner == null ? "nothing" : owner.getClass().getSimpleName() + " " + owner.getId() + " "
                    + (owner instanceof javafx.scene.control.Labeled ? ((javafx.scene.control.Labeled) owner).getText() : "");
        }).get();
    }

    private void open(KeyCode key) {
        app.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void settingsStartOnDone() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        open(KeyCode.S);

        assertThat(focusOwner()).startsWith("Button").endsWith("Done");
    }

    @Test
    void theStoryInfoStartsOnItsButton() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        open(KeyCode.I);

        assertThat(focusOwner()).startsWith("Button").contains("Back to the story");
    }
}
