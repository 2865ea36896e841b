package quire.ui.reading;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import quire.ui.page.ReaderModel;

/**
 * With {@code -Dquire.logTimings=true}, says how long a layout took from the change that asked for it
 * (a resize, a font change, "Start reading") until its first page was drawn, and for a long story until
 * its exact pages were counted. For measuring, not for readers: nothing is printed otherwise.
 */
final class LayoutTimings {
    static final boolean ON = Boolean.getBoolean("quire.logTimings");

    private LayoutTimings() {
    }

    /** Logs when the next frame of {@code scene} has been laid out, and when {@code model}'s pages are exact. */
    static void logWhenDrawn(Scene scene, ReaderModel model, String what, long started) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.printf(Locale.ROOT, "quire: %s: first page drawn after %.1f ms (%s)%n", what,
                    (System.nanoTime() - started) / 1e6, model.exactProperty().get() ? "exact" : "preview");
        };
        scene.addPostLayoutPulseListener(once[0]);
        if (!model.exactProperty().get()) {
            model.exactProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        model.exactProperty().removeListener(this);
                        System.out.printf(Locale.ROOT, "quire: %s: exact pages after %.1f ms%n", what,
                                (System.nanoTime() - started) / 1e6);
                    }
                }
            });
        }
    }
}
