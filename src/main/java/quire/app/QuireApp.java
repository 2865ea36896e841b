package quire.app;

import javafx.application.Application;
import javafx.stage.Stage;
import quire.ui.FxTextMeasurer;

/**
 * The JavaFX application: reads the command line ({@link CommandLine}), takes what Quire remembers and
 * the story (read early by {@link Launcher}, or here when started without it), and shows the window. The config folder is the
 * platform's (see {@link quire.settings.ConfigFolder}); the system property {@code quire.configDir}
 * points it elsewhere, for tests and portable use.
 */
public final class QuireApp extends Application {
    private Memory memory;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        // Launcher answered any other command before JavaFX started; a test's toolkit passes a Read.
        Command.Read options = CommandLine.parse(getParameters().getRaw()) instanceof Command.Read read
                ? read
                : Command.Read.bundledStory();
        Opening opening = EarlyStart.take().orElseGet(() -> Opening.read(options));
        memory = opening.memory();
        window = new MainWindow(stage, opening.model(), memory, new FxTextMeasurer(), options.speechTo());
        window.show();
        if (options.exitAfterFirstFrame() || Boolean.getBoolean("quire.logStartup")) {
            FirstFrame.report(stage.getScene(), options.exitAfterFirstFrame());
        }
        if (ClassDataTraining.requested()) {
            ClassDataTraining.readThenQuit(stage.getScene(), opening.model());
        }
    }

    /** The window, for tests in this package. */
    MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stopReadingAloud();
            window.beforeExit();
        }
        if (memory != null) {
            memory.close();
        }
    }
}
