package quire.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The packaging build's training run (src/dist/linux/train-class-data): Quire opens as on a reader's
 * first start, agrees on the consent screen, draws the reading view and quits, so that the class-data
 * archive the JVM writes on exit holds every class those two screens load. Asked for with the system
 * property {@value #PROPERTY}; a reader never sets it.
 */
final class ClassDataTraining {
    static final String PROPERTY = "quire.classDataTraining";

    private ClassDataTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Once the first screen is drawn, goes on to read, and quits when the reading view is drawn. */
    static void readThenQuit(Scene scene, AppModel model) {
        FirstFrame.then(scene, () -> {
            model.startReading(false);
            FirstFrame.then(scene, Platform::exit);
        });
    }
}
