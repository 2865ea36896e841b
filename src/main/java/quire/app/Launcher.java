package quire.app;

import javafx.application.Application;

/**
 * The main class: {@code quire [STORY.md] [--exit-after-first-frame]}. Kept apart from the
 * {@link javafx.application.Application} subclass so the JavaFX launcher does not need a module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(QuireApp.class, args);
    }
}
