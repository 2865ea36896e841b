package quire.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Notices the first frame drawn after the window is shown: logs how long the process took to get
 * there and (for smoke tests) quits, or runs work that should not delay that frame. The time runs from
 * the operating system's start of the process.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    static void report(Scene scene, boolean exit) {
        then(scene, () -> {
            System.out.println("quire: first frame after " + sinceProcessStart().toMillis() + " ms");
            if (exit) {
                Platform.exit();
            }
        });
    }

    /** Runs {@code action} on the UI thread once the first frame of {@code scene} has been laid out. */
    static void then(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The pulse that laid out the first screen is being rendered; act on the next turn.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static Duration sinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now());
    }
}
