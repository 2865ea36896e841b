package quire.ui.panel;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A panel's card whose body scrolls inside the card when the window is too short for all of it. The
 * card is as tall as its body at the width it gets, and no taller than its place lets it be; the scroll
 * bar sits at the card's right edge, inside its border (not at the window's edge), and the body's last
 * row can always be scrolled to: by the bar, the wheel, End, Page Down (a view less a line at a time),
 * or Tab (the scroll pane itself brings the control Tab moves to into view).
 *
 * <p>The body is drawn as the card's inside: it loses its own {@code card} style and gets the card's
 * padding ({@code card-body}).
 */
public final class ScrollingCard extends Region {
    /** What Page Down keeps in view of the view before: about a line. */
    private static final double KEPT_ON_PAGING = 40;
    /** The least height of the card's view of its body: a few lines, well under the smallest window's room. */
    private static final double LEAST_VIEW = 80;

    private final VBox body;
    private final ScrollPane scroll;

    public ScrollingCard(VBox body) {
        this.body = body;
        body.getStyleClass().remove("card");
        body.getStyleClass().add("card-body");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("card-scroll");
        getStyleClass().addAll("card", "scrolling-card");
        getChildren().add(scroll);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        // The scroll pane's own Page Down moves a tenth of the range, a few pixels in a long card: page by views.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean plain = !event.isShiftDown() && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown();
            if (plain && (event.getCode() == KeyCode.PAGE_DOWN || event.getCode() == KeyCode.PAGE_UP)) {
                page(event.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
                event.consume();
            }
        });
    }

    /** Scrolls a view less a line down ({@code direction} 1) or up (-1). */
    private void page(int direction) {
        double view = scroll.getViewportBounds().getHeight();
        double hidden = body.getHeight() - view;
        if (hidden <= 0) {
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / range * hidden;
        double next = Math.max(0, Math.min(hidden, top + direction * Math.max(KEPT_ON_PAGING, view - KEPT_ON_PAGING)));
        scroll.setVvalue(scroll.getVmin() + range * next / hidden);
    }

    /** The pane that scrolls the body. */
    public ScrollPane scrollPane() {
        return scroll;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return sideInsets() + bodyWidth();
    }

    @Override
    protected double computeMinWidth(double height) {
        return sideInsets() + Math.min(body.minWidth(-1), bodyWidth());
    }

    /** As tall as the body at the width given, so a card narrowed by the window grows by its wrapped lines. */
    @Override
    protected double computePrefHeight(double width) {
        double inside = width < 0 ? bodyWidth() : Math.min(width - sideInsets(), bodyWidth());
        return endInsets() + snapSizeY(body.prefHeight(Math.max(0, inside)));
    }

    @Override
    protected double computeMinHeight(double width) {
        return endInsets() + Math.min(LEAST_VIEW, computePrefHeight(width) - endInsets());
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        scroll.resizeRelocate(in.getLeft(), in.getTop(), getWidth() - sideInsets(), getHeight() - endInsets());
    }

    /** The body's own width: its preferred width within its least and greatest. */
    private double bodyWidth() {
        double max = body.maxWidth(-1);
        return snapSizeX(Math.max(body.minWidth(-1), Math.min(body.prefWidth(-1), max)));
    }

    private double sideInsets() {
        return getInsets().getLeft() + getInsets().getRight() + scroll.getInsets().getLeft()
                + scroll.getInsets().getRight();
    }

    private double endInsets() {
        return getInsets().getTop() + getInsets().getBottom() + scroll.getInsets().getTop()
                + scroll.getInsets().getBottom();
    }
}
