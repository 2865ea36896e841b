package quire.app;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import quire.story.Story;
import quire.ui.ConsentScreen;
import quire.ui.FxTextMeasurer;
import quire.ui.ProblemScreen;
import quire.ui.ReaderKeys;
import quire.ui.ReaderModel;
import quire.ui.ReaderScreen;
import quire.ui.WindowTitle;

/**
 * The one window. It shows the screen {@link AppModel} names and routes keys in one place, in a filter
 * on the scene, so that the reader's keys work whatever control has focus.
 */
public final class MainWindow {
    static final String STYLESHEET = "/quire/ui/quire.css";

    private final Stage stage;
    private final AppModel model;
    private final FxTextMeasurer measurer;
    private final StackPane root = new StackPane();
    private Node current;

    MainWindow(Stage stage, AppModel model, FxTextMeasurer measurer) {
        this.stage = stage;
        this.model = model;
        this.measurer = measurer;
    }

    void show() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1100, screen.getWidth() * 0.9), Math.min(820, screen.getHeight() * 0.9));
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        model.screenProperty().addListener((o, was, now) -> showScreen(now));
        showScreen(model.screen());
        stage.show();
        focusDefault();
    }

    Stage stage() {
        return stage;
    }

    private void showScreen(AppModel.Screen screen) {
        Parent view;
        if (screen instanceof AppModel.Consent consent) {
            view = new ConsentScreen(consent.story(), model::startReading, this::quit);
            title(consent.story());
        } else if (screen instanceof AppModel.Reading reading) {
            view = new ReaderScreen(new ReaderModel(reading.story(), measurer), measurer);
            title(reading.story());
        } else {
            AppModel.Problem problem = (AppModel.Problem) screen;
            Optional<Runnable> bundled = problem.canOpenBundled() ? Optional.of(model::openBundled) : Optional.empty();
            view = new ProblemScreen(problem.problem(), bundled, this::quit);
            stage.setTitle(WindowTitle.APP_NAME);
        }
        current = view;
        root.getChildren().setAll(view);
        focusDefault();
    }

    private void title(Story story) {
        stage.setTitle(WindowTitle.of(story.metadata()));
    }

    private void focusDefault() {
        if (current instanceof ConsentScreen consent) {
            consent.focusDefault();
        } else if (current instanceof ProblemScreen problem) {
            problem.focusDefault();
        } else if (current != null) {
            root.requestFocus();
        }
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.Q && event.isShortcutDown()) {
            quit();
            event.consume();
        } else if (current instanceof ReaderScreen reader) {
            ReaderKeys.commandFor(event).ifPresent(command -> {
                reader.handle(command);
                event.consume();
            });
        } else if (current instanceof ConsentScreen) {
            onConsentKey(event);
        } else if (event.getCode() == KeyCode.ESCAPE) {
            quit();
            event.consume();
        }
    }

    /** Enter starts reading (or presses the focused button), Esc leaves. */
    private void onConsentKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            quit();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            if (stage.getScene().getFocusOwner() instanceof Button focused) {
                focused.fire();
            } else {
                model.startReading();
            }
            event.consume();
        }
    }

    private void quit() {
        stage.close();
    }
}
