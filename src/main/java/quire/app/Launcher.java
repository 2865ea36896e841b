package quire.app;

import java.util.List;
import javafx.application.Application;

/**
 * The main class: {@code quire [STORY.md] [--exit-after-first-frame]}. Kept apart from the
 * {@link javafx.application.Application} subclass so the JavaFX launcher does not need a module path.
 * It begins reading the settings and the story before JavaFX starts, so both are ready when the
 * window is built ({@link EarlyStart}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartOptions options = StartOptions.parse(List.of(args));
        EarlyStart.begin(() -> Opening.read(options));
        Application.launch(QuireApp.class, args);
    }
}
