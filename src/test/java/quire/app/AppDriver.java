package quire.app;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import quire.ui.reading.ReaderScreen;

/** Starts the real app in the headless toolkit and reads what a user would see. */
class AppDriver extends FxRobot {
    final Stage stage;
    final Application app;
    private boolean closed;

    private AppDriver(Stage stage, Application app) {
        this.stage = stage;
        this.app = app;
    }

    /** Launches with its own config folder, so tests never touch the user's settings. */
    static AppDriver launch(java.nio.file.Path configDir, String... args) throws TimeoutException {
        return launch(configDir, quire.pace.Ticker.system(), args);
    }

    /** With {@code ticker} as the clock the app measures reading time by. */
    static AppDriver launch(java.nio.file.Path configDir, quire.pace.Ticker ticker, String... args) throws TimeoutException {
        return launch(configDir, ticker, (owner, near) -> java.util.Optional.empty(), args);
    }

    /**
     * With {@code picker} answering Ctrl+O's question. Returns once the story's text is read too (it is
     * parsed behind the consent screen), so that a test's Enter opens the reading view at once.
     */
    static AppDriver launch(java.nio.file.Path configDir, quire.pace.Ticker ticker, StoryFilePicker picker,
                            String... args) throws TimeoutException {
        System.setProperty("quire.configDir", configDir.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new QuireApp(ticker, java.util.List.of(args), picker));
        AppDriver driver = new AppDriver(stage, app);
        driver.waitForText();
        return driver;
    }

    /** What the runtime's shutdown hook does when a signal ends Quire, run from this (non-UI) thread. */
    void endRuntimeAsBySignal() {
        ((QuireApp) app).stopBeforeTheRuntimeEnds();
    }

    /** Waits until a file asked for is read, and the opened story's text is parsed or its problem shown. */
    void waitForText() throws TimeoutException {
        AppModel model = ((QuireApp) app).window().model();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !model.openingProperty().get()
                && (model.textProperty().get() != null || model.screen() instanceof AppModel.Problem));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window as the reader would (so placement and pending saves are written), then cleans up. */
    void close() throws TimeoutException {
        if (closed) {
            return;
        }
        closed = true;
        interact(() -> {
            if (stage.isShowing()) {
                stage.close();
            }
        });
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    String label(String id) {
        return lookup("#" + id).queryAs(javafx.scene.control.Label.class).getText();
    }

    ReaderScreen reader() {
        return lookup(".reader").queryAs(ReaderScreen.class);
    }

    /**
     * The footer's words, read on the UI thread: a test polling it while a delayed page turn redraws the
     * page would otherwise walk the scene graph as it changes (seen once: an IndexOutOfBoundsException).
     */
    String footer() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return reader().footerText();
        }
        try {
            return WaitForAsyncUtils.asyncFx(() -> reader().footerText()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException | java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the footer on the UI thread", e);
        }
    }

    /** The text drawn on the current page, runs joined with spaces, in drawing order. */
    /** Sends {@code target} one wheel event of {@code deltaY} pixels (a notch is 40), as a wheel or touchpad does. */
    static void wheel(Node target, double deltaY) {
        javafx.event.Event.fireEvent(target, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, deltaY / 40 * 3, 0, null));
    }

    /** The drawn runs, a space between two; a letter-spaced run's letters (one node each) read as one. */
    String pageText() {
        StringBuilder text = new StringBuilder();
        javafx.scene.Parent previousParent = null;
        for (Text run : lookup(".page-text").queryAllAs(Text.class)) {
            boolean sameWord = previousParent != null && run.getParent() == previousParent
                    && run.getParent().getStyleClass().contains("page-letters");
            if (!text.isEmpty() && !sameWord) {
                text.append(' ');
            }
            text.append(run.getText());
            previousParent = run.getParent();
        }
        return text.toString();
    }

    boolean showing(String query) {
        return lookup(query).tryQuery().isPresent();
    }

    void onFx(Runnable action) {
        interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads something on the UI thread, where the app's state lives (at once when already on it). */
    <T> T readOnFx(java.util.concurrent.Callable<T> read) throws Exception {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return read.call();
        }
        return WaitForAsyncUtils.asyncFx(read).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * Waits up to 5 s for something that happens after a pause (a click's page turn, a search). The
     * condition is asked on the UI thread: asked from the test's own thread, a look-up walked the scene
     * graph while a page turn changed it (seen in CI: an IndexOutOfBoundsException from lookupAll).
     */
    void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> readOnFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits for {@code count} frames (pulses) of the UI thread: what a check that nothing happened waits
     * for, since animations, timers and redraws all move on pulses. A busy machine makes the frames come
     * later, not fewer of them, so such a check holds under load where a fixed sleep does not.
     */
    void waitForPulses(int count) throws TimeoutException {
        java.util.concurrent.CountDownLatch frames = new java.util.concurrent.CountDownLatch(count);
        javafx.animation.AnimationTimer[] timer = new javafx.animation.AnimationTimer[1];
        interact(() -> {
            timer[0] = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.countDown();
                }
            };
            timer[0].start();
        });
        try {
            if (!frames.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new TimeoutException(count + " frames did not come in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted waiting for frames");
        } finally {
            interact(() -> timer[0].stop());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads the clipboard's text on the UI thread, as a paste would. */
    String clipboard() {
        String[] text = new String[1];
        interact(() -> text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    Node node(String query) {
        return lookup(query).query();
    }
}
