package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Quire ended by the session (TERM, INT or HUP, which the launcher passes on) saves what closing the
 * window saves: the runtime's shutdown hook runs the app's stop on the UI thread before the runtime ends.
 */
class EndedBySignalIT extends AppTestSupport {

    @Test
    void aThemeChangedJustBeforeTheRuntimeEndsIsSaved() throws Exception {
        launch();
        app.type(KeyCode.ENTER);
        app.type(KeyCode.T); // Sepia, saved after a short delay that a signal would cut short
        Path settings = config.resolve("settings.json");
        // The save waits Remembered.SAVE_DELAY; on a machine so slow that it has run already, this proves nothing.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(settings) && Files.readString(settings).contains("SEPIA"),
                "the delayed save ran before the signal could cut it short");
        app.endRuntimeAsBySignal();
        assertThat(Files.readString(settings)).contains("\"theme\" : \"SEPIA\"");
    }
}
