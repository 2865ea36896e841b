package quire.ui.selection;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import quire.place.Anchor;
import quire.ui.page.PageView;
import quire.ui.scroll.AutoScrollSpeed;
import quire.ui.scroll.DragAutoScroll;
import quire.ui.scroll.ScrollModel;

/**
 * The mouse on the pages: press and drag selects (across lines, paragraphs and both pages of a spread),
 * double-click a word, triple-click a paragraph, Shift+click extends. A click that does not drag clears
 * a selection; with none, a click on marked text is offered to {@link #setOnTextClicked} first (a
 * click on a highlight selects it), and otherwise turns the page in the left and right thirds as before. That turn waits
 * {@link #MULTI_CLICK} for a second click, so a double-click near the edge selects a word instead of
 * turning away from it. The pointer is an I-beam over text. In Scroll mode a drag held above or below
 * the text area scrolls the column ({@link DragAutoScroll}) and the selection follows; there the
 * pointer's height is kept inside the area, so the free end is always on a line the reader sees.
 */
public final class SelectionGestures {
    /** How long a single click waits to be sure it is not the first of a double-click. */
    static final Duration MULTI_CLICK = Duration.millis(250);
    /** How far the pointer must move after a press before it is a drag, in pixels. */
    private static final double DRAG_START = 3;

    /** The page turns a click in a third of the page asks for. */
    public interface Turns {
        void previous();

        void next();
    }

    private final Pane area;
    private final PageView left;
    private final PageView right;
    private final SelectionModel selection;
    private final Turns turns;
    private final PauseTransition pendingTurn = new PauseTransition(MULTI_CLICK);
    private Point2D pressedAt;
    private boolean dragging;
    private boolean pressSelected;
    private java.util.function.Predicate<Anchor> onTextClicked = place -> false;
    private DragAutoScroll autoScroll;
    private Point2D pointer;

    SelectionGestures(Pane area, PageView left, PageView right, SelectionModel selection, Turns turns) {
        this.area = area;
        this.left = left;
        this.right = right;
        this.selection = selection;
        this.turns = turns;
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
    }

    /**
     * What a plain click on the text does before it may turn the page: {@code taken} gets the place and
     * answers true when it used the click (a highlight there was selected).
     */
    void setOnTextClicked(java.util.function.Predicate<Anchor> taken) {
        onTextClicked = taken;
    }

    /** Scroll mode's column: a drag held past the area's top or bottom edge scrolls it. */
    void scrollWhileDragging(ScrollModel scroll) {
        autoScroll = new DragAutoScroll(scroll, AutoScrollSpeed.DEFAULT, this::extendToPointer);
    }

    /** Where a right-click landed: selects the word there when nothing is selected, for the menu. */
    void prepareMenu(double x, double y) {
        pendingTurn.stop();
        if (selection.selection().isEmpty()) {
            anchorAt(x, y).ifPresent(selection::selectWord);
        }
    }

    private void onPressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pendingTurn.stop();
        pressedAt = new Point2D(event.getX(), event.getY());
        pointer = null;
        dragging = false;
        pressSelected = false;
        Optional<Anchor> place = anchorAt(event.getX(), event.getY());
        if (place.isEmpty()) {
            return;
        }
        if (event.getClickCount() >= 3) {
            selection.selectParagraph(place.get());
            pressSelected = true;
        } else if (event.getClickCount() == 2) {
            selection.selectWord(place.get());
            pressSelected = true;
        } else if (event.isShiftDown()) {
            selection.extendTo(place.get());
            pressSelected = true;
        }
    }

    private void onDragged(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || pressedAt == null) {
            return;
        }
        if (!dragging && !pressSelected && pressedAt.distance(event.getX(), event.getY()) < DRAG_START) {
            return;
        }
        if (!dragging && !pressSelected) {
            anchorAt(pressedAt.getX(), pressedAt.getY()).ifPresent(selection::begin);
        }
        dragging = true;
        pointer = new Point2D(event.getX(), event.getY());
        extendToPointer();
        if (autoScroll != null) {
            autoScroll.follow(event.getY(), area.getHeight());
        }
    }

    private void onReleased(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && autoScroll != null) {
            autoScroll.stop();
        }
    }

    /**
     * The free end to the text under the pointer. In Scroll mode the pointer's height is kept inside the
     * area: past an edge it is the edge's line, not one drawn off screen or beyond the lines drawn.
     */
    private void extendToPointer() {
        if (pointer == null) {
            return;
        }
        double y = pointer.getY();
        if (autoScroll != null && autoScroll.applies()) {
            y = Math.max(0, Math.min(y, area.getHeight() - 0.5));
        }
        anchorAt(pointer.getX(), y).ifPresent(selection::extendTo);
    }

    private void onClicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress() || dragging || pressSelected
                || event.getClickCount() != 1) {
            return;
        }
        if (selection.selection().isPresent()) {
            selection.clear();
            return;
        }
        if (textAt(event.getX(), event.getY()).filter(onTextClicked).isPresent()) {
            return;
        }
        double third = area.getWidth() / 3;
        Runnable turn = event.getX() < third ? turns::previous : event.getX() > 2 * third ? turns::next : null;
        if (turn != null) {
            pendingTurn.setOnFinished(e -> turn.run());
            pendingTurn.playFromStart();
        }
    }

    private void onMoved(MouseEvent event) {
        PageView view = viewAt(event.getX());
        Point2D local = view.parentToLocal(event.getX(), event.getY());
        area.setCursor(view.isVisible() && view.isOverText(local.getX(), local.getY()) ? Cursor.TEXT : Cursor.DEFAULT);
    }

    private Optional<Anchor> anchorAt(double x, double y) {
        PageView view = viewAt(x);
        if (!view.isVisible()) {
            return Optional.empty();
        }
        Point2D local = view.parentToLocal(x, y);
        return view.anchorAt(local.getX(), local.getY());
    }

    /** The place under the point when the point is over drawn text, not a margin or the space after a line. */
    private Optional<Anchor> textAt(double x, double y) {
        PageView view = viewAt(x);
        Point2D local = view.parentToLocal(x, y);
        return view.isVisible() && view.isOverText(local.getX(), local.getY()) ? anchorAt(x, y) : Optional.empty();
    }

    /** The right page of a spread from its left edge on, else the left page. */
    private PageView viewAt(double x) {
        return right.isVisible() && x >= right.getLayoutX() ? right : left;
    }
}
