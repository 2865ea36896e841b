package quire.app;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** What every end-to-end test needs: its own config folder, and the app closed afterwards. */
abstract class AppTestSupport {
    protected AppDriver app;

    @TempDir
    protected Path config;

    /** Starts Quire as a reader would, with this test's config folder and {@code args}. */
    protected AppDriver launch(String... args) throws TimeoutException {
        app = AppDriver.launch(config, args);
        return app;
    }

    /** As {@link #launch(String...)}, with a clock the test turns by hand for reading time. */
    protected AppDriver launch(quire.pace.Ticker ticker, String... args) throws TimeoutException {
        app = AppDriver.launch(config, ticker, args);
        return app;
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }
}
