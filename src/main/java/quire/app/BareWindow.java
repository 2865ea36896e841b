package quire.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import quire.settings.WindowPlacement;

/**
 * The floor for start-up measurements: an empty JavaFX window of Quire's default size, started the way
 * Quire is (a plain main class that launches the {@link Application}), which logs its first frame and
 * quits; with {@code --stay-open} it stays, for measurements taken from outside (the window seen, its
 * memory). Quire's own start-up is judged against it in {@code docs/benchmarks.md}; it is not a screen of
 * the app.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself: nothing in it but a background. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            WindowPlacement size = WindowPlacement.DEFAULT;
            stage.setScene(new Scene(new StackPane(), size.width(), size.height()));
            stage.setTitle("Bare window");
            stage.show();
            FirstFrame.report(stage.getScene(), !getParameters().getRaw().contains("--stay-open"));
        }
    }
}
