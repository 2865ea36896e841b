package quire.app;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import quire.settings.WindowPlacement;

/** Reopens the window where the reader left it (when that place is still on a screen) and remembers it. */
final class WindowPlacer {
    private final Stage stage;
    private final Remembered memory;

    WindowPlacer(Stage stage, Remembered memory) {
        this.stage = stage;
        this.memory = memory;
        stage.setOnHiding(e -> remember());
    }

    /** The remembered size, shrunk to fit the screen it will open on. */
    double width() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.min(memory.preferences().window().width(), screen.getWidth() * 0.95);
    }

    double height() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.min(memory.preferences().window().height(), screen.getHeight() * 0.95);
    }

    void place() {
        WindowPlacement placement = memory.preferences().window();
        if (placement.x().isPresent() && placement.y().isPresent()) {
            double x = placement.x().get();
            double y = placement.y().get();
            boolean visible = !Screen.getScreensForRectangle(x, y, 100, 40).isEmpty();
            if (visible) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(placement.maximized());
    }

    void remember() {
        if (stage.getScene() == null || stage.isFullScreen()) {
            return;
        }
        WindowPlacement old = memory.preferences().window();
        WindowPlacement now = stage.isMaximized()
                ? new WindowPlacement(old.x(), old.y(), old.width(), old.height(), true)
                : new WindowPlacement(finite(stage.getX()), finite(stage.getY()),
                        stage.getScene().getWidth(), stage.getScene().getHeight(), false);
        memory.setPreferences(memory.preferences().withWindow(now));
    }

    private static Optional<Double> finite(double value) {
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
