package quire.ui.marks;

import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import quire.layout.Line;
import quire.layout.Page;
import quire.layout.PageSpec;
import quire.marks.Highlight;
import quire.place.Anchor;

/**
 * The small dots in the left margin beside a highlight that has a note: hovering one shows the note,
 * clicking it opens the note. A click on a dot is the dot's, never a page turn or a selection.
 */
final class NoteMarkers {
    static final double RADIUS = 4.5;

    private final Group dots = new Group();
    private Consumer<Highlight> onClicked = h -> { };

    NoteMarkers(Pane pageArea) {
        dots.setManaged(false);
        dots.setViewOrder(-1); // over the pages, whatever order they were added in
        pageArea.getChildren().add(dots);
    }

    /** Moves the dots with the page they sit beside (Scroll mode moves its page under a clip). */
    void followY(javafx.beans.value.ObservableDoubleValue translateY) {
        dots.translateYProperty().bind(translateY);
    }

    void setOnClicked(Consumer<Highlight> action) {
        onClicked = action;
    }

    void clear() {
        dots.getChildren().clear();
    }

    /** A dot beside the first line of {@code page} that {@code h} reaches. */
    void add(Highlight h, Page page, PageSpec spec, double pageX) {
        for (Line line : page.lines()) {
            if (new Anchor(line.block(), line.end()).compareTo(h.range().start()) > 0) {
                double y = spec.margins().top() + line.top() + line.height() / 2;
                dots.getChildren().add(dot(h, pageX + spec.margins().left() / 2, y));
                return;
            }
        }
    }

    private Circle dot(Highlight h, double x, double y) {
        Circle dot = new Circle(x, y, RADIUS);
        dot.getStyleClass().add("note-marker");
        Tooltip note = new Tooltip(h.note());
        note.setWrapText(true);
        note.setMaxWidth(360);
        note.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(dot, note);
        dot.addEventHandler(MouseEvent.ANY, event -> {
            if (event.getEventType() == MouseEvent.MOUSE_CLICKED) {
                onClicked.accept(h);
            }
            if (event.getEventType() != MouseEvent.MOUSE_MOVED && event.getEventType() != MouseEvent.MOUSE_ENTERED
                    && event.getEventType() != MouseEvent.MOUSE_EXITED) {
                event.consume();
            }
        });
        return dot;
    }
}
