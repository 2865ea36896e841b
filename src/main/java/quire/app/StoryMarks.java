package quire.app;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import quire.marks.Mark;
import quire.marks.Reanchor;
import quire.story.Story;
import quire.ui.marks.MarksModel;

/**
 * Keeps one story's marks: read from the config folder after the first frame (off the UI thread,
 * found again in this version of the story, and written back so when the story's text changed), and
 * written back a moment after each change.
 */
final class StoryMarks {
    private StoryMarks() {
    }

    static void attach(Remembered memory, Story story, MarksModel marks, Scene scene) {
        marks.setOnChange(all -> memory.setMarks(story.contentHash(), all));
        FirstFrame.then(scene, () -> {
            Thread loader = new Thread(() -> {
                List<Mark> saved = memory.loadMarks(story.contentHash());
                List<Mark> placed = saved.isEmpty() ? saved : new Reanchor(marks.blockTexts()).all(saved);
                boolean rewrite = !saved.isEmpty() && memory.textChanged(story.contentHash());
                Platform.runLater(() -> {
                    marks.loaded(placed);
                    if (rewrite) { // with their words as the changed text has them, and any made meanwhile
                        memory.setMarks(story.contentHash(), marks.book().marks());
                    }
                });
            }, "quire-marks-loader");
            loader.setDaemon(true);
            loader.start();
        });
    }
}
