package quire.app;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import quire.pace.Ticker;
import quire.ui.FxTextMeasurer;

/**
 * The JavaFX application: reads the command line ({@link CommandLine}), takes what Quire remembers and
 * the story (read early by {@link Launcher}, or here when started without it), and shows the window. The config folder is the
 * platform's (see {@link quire.settings.ConfigFolder}); the system property {@code quire.configDir}
 * points it elsewhere, for tests and portable use.
 */
public final class QuireApp extends Application {
    private final Ticker ticker;
    /** The command line, when a test gives it here rather than through JavaFX's launch. */
    private final List<String> givenArgs;
    private final StoryFilePicker picker;
    private Remembered memory;
    private MainWindow window;
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
    /** Saves as closing the window would when the session ends Quire with a signal (a real start only). */
    private Thread onSignal;

    public QuireApp() {
        this(Ticker.system(), null, StoryFilePicker.dialog());
    }

    /**
     * With {@code ticker} as the clock reading time is measured by (tests turn it by hand), and
     * {@code picker} to ask which file Ctrl+O opens.
     */
    QuireApp(Ticker ticker, List<String> args, StoryFilePicker picker) {
        this.ticker = ticker;
        this.picker = picker;
        this.givenArgs = args == null ? null : List.copyOf(args);
    }

    @Override
    public void start(Stage stage) {
        // Launcher answered any other command before JavaFX started; a test's toolkit passes a Read.
        LaunchRequest.Read options = CommandLine.parse(givenArgs != null ? givenArgs : getParameters().getRaw()) instanceof LaunchRequest.Read read
                ? read
                : LaunchRequest.Read.bundledStory();
        Opening opening = EarlyStart.take().orElseGet(() -> Opening.read(options));
        memory = opening.memory();
        window = new MainWindow(stage, opening.model(), memory, new FxTextMeasurer(), options.speechTo(), ticker, picker);
        window.show();
        if (options.exitAfterFirstFrame() || Boolean.getBoolean("quire.logStartup")) {
            FirstFrame.report(stage.getScene(), options.exitAfterFirstFrame());
        }
        if (ClassDataTraining.requested()) {
            ClassDataTraining.readThenQuit(stage.getScene(), opening.model());
        }
        if (givenArgs == null) { // a test's app is stopped by its test, in a JVM that starts many
            onSignal = new Thread(this::stopBeforeTheRuntimeEnds, "quire-save-on-signal");
            Runtime.getRuntime().addShutdownHook(onSignal);
        }
    }

    /**
     * The runtime is ending without the window closed (TERM, INT or HUP from the session or a terminal,
     * passed on by the launcher): the place, the window's placement and pending settings are saved first,
     * on the UI thread as a close would, waiting at most {@link #SAVE_ON_SIGNAL_SECONDS}.
     */
    void stopBeforeTheRuntimeEnds() {
        java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
        try {
            javafx.application.Platform.runLater(() -> {
                try {
                    stop();
                } finally {
                    saved.countDown();
                }
            });
            saved.await(SAVE_ON_SIGNAL_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IllegalStateException toolkitGone) {
            // JavaFX has already ended, and with it stop() ran.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static final int SAVE_ON_SIGNAL_SECONDS = 3;

    /** The window, for tests in this package. */
    MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (onSignal != null && Thread.currentThread() != onSignal) {
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException alreadyEnding) {
                // the runtime is ending: the hook runs, finds this stopped, and does nothing
            }
        }
        if (window != null) {
            window.stopReadingAloud();
            window.beforeExit();
        }
        if (memory != null) {
            memory.close();
        }
    }
}
