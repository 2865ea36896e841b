package quire.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import quire.settings.ConfigFolder;
import quire.settings.SettingsStore;
import quire.ui.FxTextMeasurer;

/**
 * The JavaFX application: reads the command line, loads what Quire remembers, builds the model and
 * shows the window. The config folder is the platform's (see {@link ConfigFolder}); the system property
 * {@code quire.configDir} points it elsewhere, for tests and portable use.
 */
public final class QuireApp extends Application {
    private Memory memory;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        options.ignored().forEach(arg -> System.err.println("quire: ignoring argument " + arg));
        String configDir = System.getProperty("quire.configDir");
        memory = new Memory(new SettingsStore(configDir != null ? java.nio.file.Path.of(configDir)
                : ConfigFolder.forCurrentUser(), Clock.systemUTC()));
        memory.problems().forEach(problem -> System.err.println("quire: " + problem));
        AppModel model = new AppModel(new StoryLoader(), options.story(), memory);
        window = new MainWindow(stage, model, memory, new FxTextMeasurer());
        window.show();
        if (options.exitAfterFirstFrame() || Boolean.getBoolean("quire.logStartup")) {
            FirstFrame.report(stage.getScene(), options.exitAfterFirstFrame());
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.rememberPlacement();
        }
        if (memory != null) {
            memory.close();
        }
    }
}
