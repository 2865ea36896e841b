package quire.app;

import java.util.List;
import javafx.application.Application;

/**
 * The main class: {@code quire [OPTION]... [STORY.md]} ({@link CommandLine}). Kept apart from the
 * {@link javafx.application.Application} subclass so the JavaFX launcher does not need a module path.
 * Commands that need no window are answered here, before JavaFX loads; to open a window it begins
 * reading the settings and the story before JavaFX starts, so both are ready when the window is built
 * ({@link EarlyStart}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchRequest command = CommandLine.parse(List.of(args));
        if (!(command instanceof LaunchRequest.Read read)) {
            System.exit(CommandAnswers.answer(command, Opening.configFolder(), System.out, System.err));
            return;
        }
        if (!GraphicalDesktop.available(System.getenv(), System.getProperty("os.name", ""))) {
            System.err.println(GraphicalDesktop.MISSING);
            System.exit(GraphicalDesktop.UNAVAILABLE);
        }
        DrawingPipeline.chooseForThisMachine();
        EarlyStart.begin(() -> Opening.read(read));
        Application.launch(QuireApp.class, args);
    }
}
