package quire.app;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** What every end-to-end test needs: its own config folder, and the app closed afterwards. */
abstract class AppTestSupport {
    protected AppDriver app;
    /** The shared window's size when this test first opened it: given back afterwards, for the next test. */
    private double[] sizeBefore;

    @TempDir
    protected Path config;

    /** Starts Quire as a reader would, with this test's config folder and {@code args}. */
    protected AppDriver launch(String... args) throws TimeoutException {
        app = AppDriver.launch(config, args);
        rememberSize();
        return app;
    }

    /** As {@link #launch(String...)}, with a clock the test turns by hand for reading time. */
    protected AppDriver launch(quire.pace.Ticker ticker, String... args) throws TimeoutException {
        app = AppDriver.launch(config, ticker, args);
        rememberSize();
        return app;
    }

    /** As {@link #launch(String...)}, with {@code picker} answering Ctrl+O. */
    protected AppDriver launch(StoryFilePicker picker, String... args) throws TimeoutException {
        app = AppDriver.launch(config, quire.pace.Ticker.system(), picker, args);
        rememberSize();
        return app;
    }

    private void rememberSize() throws TimeoutException {
        if (sizeBefore == null) {
            try {
                sizeBefore = app.readOnFx(() -> new double[] {app.stage.getWidth(), app.stage.getHeight()});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            if (sizeBefore != null) {
                app.onFx(() -> {
                    app.stage.setWidth(sizeBefore[0]);
                    app.stage.setHeight(sizeBefore[1]);
                });
            }
            app.close();
        }
    }
}
