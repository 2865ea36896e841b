package quire.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * A story file dropped on the window opens, as with Ctrl+O. The window accepts a drag of exactly one
 * file (a folder, several files or text are refused, so the pointer says no) and marks itself as the
 * drop's target meanwhile with the style class {@value #TARGET_STYLE}.
 */
final class StoryDrop {
    static final String TARGET_STYLE = "drop-target";

    private StoryDrop() {
    }

    /** From now on a file dropped anywhere on {@code scene} goes to {@code open}; {@code marked} shows the drag. */
    static void install(Scene scene, Node marked, Consumer<Path> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getGestureSource() == null && fileIn(event.getDragboard()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                mark(marked, true);
            }
            event.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, event -> mark(marked, false));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            mark(marked, false);
            Optional<Path> file = fileIn(event.getDragboard());
            event.setDropCompleted(file.isPresent());
            event.consume();
            file.ifPresent(open);
        });
    }

    /** The one file being dragged, if that is what the drag holds. */
    static Optional<Path> fileIn(Dragboard dragboard) {
        if (dragboard == null || !dragboard.hasFiles()) {
            return Optional.empty();
        }
        List<File> files = dragboard.getFiles();
        return files.size() == 1 && !files.get(0).isDirectory() ? Optional.of(files.get(0).toPath()) : Optional.empty();
    }

    private static void mark(Node marked, boolean on) {
        if (on && !marked.getStyleClass().contains(TARGET_STYLE)) {
            marked.getStyleClass().add(TARGET_STYLE);
        } else if (!on) {
            marked.getStyleClass().remove(TARGET_STYLE);
        }
    }
}
