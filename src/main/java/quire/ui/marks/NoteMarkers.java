package quire.ui.marks;

import java.util.function.Consumer;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
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
        Circle dot = new NoteDot(x, y, () -> onClicked.accept(h));
        dot.getStyleClass().add("note-marker");
        dot.setAccessibleText("Note: " + h.note());
        dot.setAccessibleHelp("Opens the note on \u201c" + MarkCell.firstWords(h.quote().exact()) + "\u201d");
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

    /**
     * A note's dot. To screen readers (Orca through quire.access, Narrator, VoiceOver) it is a button named
     * by the note, and pressing it opens the note, as a click does.
     */
    private static final class NoteDot extends Circle {
        private final Runnable open;

        NoteDot(double x, double y, Runnable open) {
            super(x, y, RADIUS);
            this.open = open;
            setAccessibleRole(AccessibleRole.BUTTON);
        }

        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.FIRE) {
                open.run();
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    }
}
