package quire.app;

import javafx.application.Application;
import javafx.stage.Stage;
import quire.ui.FxTextMeasurer;

/** The JavaFX application: reads the command line, builds the model and shows the window. */
public final class QuireApp extends Application {

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        options.ignored().forEach(arg -> System.err.println("quire: ignoring argument " + arg));
        AppModel model = new AppModel(new StoryLoader(), options.story());
        MainWindow window = new MainWindow(stage, model, new FxTextMeasurer());
        window.show();
        if (options.exitAfterFirstFrame() || Boolean.getBoolean("quire.logStartup")) {
            FirstFrame.report(stage.getScene(), options.exitAfterFirstFrame());
        }
    }
}
