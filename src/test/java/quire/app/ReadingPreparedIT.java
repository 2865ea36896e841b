package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quire.ui.reading.ReaderWarmUp;

/**
 * While the consent screen is shown, the reading view is prepared in the background; "Start reading"
 * then starts from that work and shows exactly the page it shows without it.
 */
class ReadingPreparedIT extends AppTestSupport {

    @AfterEach
    void warmUpBackOn() {
        System.clearProperty("quire.warmUp");
    }

    private String firstPageAfterStartReading() throws Exception {
        app.type(KeyCode.ENTER);
        assertThat(app.showing(".reader")).isTrue();
        String text = app.pageText();
        String footer = app.reader().footerText();
        app.close();
        return footer + " | " + text;
    }

    @Test
    void theConsentScreenPreparesTheReadingViewAndStartReadingShowsTheSamePage() throws Exception {
        System.setProperty("quire.warmUp", "false");
        launch();
        assertThat(app.readOnFx(() -> window().readerWarmUp())).as("turned off").isEmpty();
        String unprepared = firstPageAfterStartReading();

        System.clearProperty("quire.warmUp");
        launch();
        ReaderWarmUp warmUp = waitForWarmUp();
        warmUp.done().get(20, TimeUnit.SECONDS);
        assertThat(warmUp.done()).as("ended without failing").isCompletedWithValue(null);
        String prepared = firstPageAfterStartReading();

        assertThat(prepared).isEqualTo(unprepared).contains("Now why would I need to settle");
    }

    @Test
    void theReadingViewLetsThePreparationGoAndAStoryOpenedStraightAtTheTextNeedsNone() throws Exception {
        launch();
        waitForWarmUp();
        app.clickOn("#dont-ask-again");
        app.type(KeyCode.ENTER);
        assertThat(app.readOnFx(() -> window().readerWarmUp())).as("used and let go by the reading view").isEmpty();
        app.close();

        launch();
        assertThat(app.showing(".reader")).as("not asked again").isTrue();
        app.waitForPulses(20); // a warm-up would start a frame after the first one
        assertThat(app.readOnFx(() -> window().readerWarmUp())).as("no consent screen, nothing prepared").isEmpty();
    }

    private MainWindow window() {
        return ((QuireApp) app.app).window();
    }

    private ReaderWarmUp waitForWarmUp() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            var started = app.readOnFx(() -> window().readerWarmUp());
            if (started.isPresent()) {
                return started.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the consent screen did not start preparing the reading view");
    }
}
