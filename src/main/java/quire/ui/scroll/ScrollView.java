package quire.ui.scroll;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import quire.layout.Page;
import quire.layout.PageSpec;
import quire.layout.ScrollColumn;
import quire.ui.page.PageView;

/**
 * Draws Scroll mode: the part of the {@link ScrollColumn} near the viewport, as one page of a
 * {@link PageView} (so the lines, ranges, selection and the mouse work exactly as on a page), moved
 * under a clip as the reader scrolls, and a scroll bar at the right edge. Only the lines within
 * {@link #BUFFER_SCREENS} screens above and below the viewport are nodes; scrolling inside them only
 * moves the page, and the window of lines is drawn again once the viewport leaves it. Screen readers
 * read the lines in view as the page's text ({@link PageView#readOnly}), which changes as it scrolls.
 */
public final class ScrollView {
    /** Screens of lines drawn above and below the viewport. */
    static final double BUFFER_SCREENS = 1;
    private static final double BAR_WIDTH = 12;

    private final ScrollModel model;
    private final PageView page;
    private final java.util.function.BiConsumer<Page, PageSpec> onWindowDrawn;
    private final Pane area;
    /** Made when Scroll mode is first shown: a reader who stays on pages never pays for it. */
    private ScrollBar bar;
    private final Rectangle clip = new Rectangle();
    private ScrollColumn drawnFor;
    private double windowFrom;
    private double windowTo = -1;
    private double originY;
    private boolean syncing;
    private int redraws;

    /** @param onWindowDrawn told each time the lines near the viewport are drawn (marks beside them follow) */
    public ScrollView(ScrollModel model, PageView page, Pane area, java.util.function.BiConsumer<Page, PageSpec> onWindowDrawn) {
        this.model = model;
        this.page = page;
        this.onWindowDrawn = onWindowDrawn;
        this.area = area;
        clip.widthProperty().bind(area.widthProperty());
        clip.heightProperty().bind(area.heightProperty());
        model.topProperty().addListener((o, was, now) -> update());
        model.columnProperty().addListener((o, was, now) -> {
            drawnFor = null;
            update();
        });
        area.widthProperty().addListener((o, was, now) -> placeBar());
        area.heightProperty().addListener((o, was, now) -> placeBar());
    }

    /** Scroll mode shown (the page moves under a clip, the bar appears) or back to pages. */
    public void show(boolean on) {
        if (on && bar == null) {
            bar = bar();
        }
        if (bar != null) {
            bar.setVisible(on);
        }
        area.setClip(on ? clip : null);
        if (!on) {
            page.setTranslateY(0);
            page.readOnly(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            drawnFor = null;
        } else {
            placeBar();
            update();
        }
    }

    /** How many times the window of lines was drawn; for tests and the frame-time benchmark. */
    public int redraws() {
        return redraws;
    }

    /** Draws the lines near the viewport again (after ranges or settings change the page view's state). */
    void redraw() {
        drawnFor = null;
        update();
    }

    private void update() {
        ScrollColumn c = model.columnProperty().get();
        if (!model.active() || c == null) {
            return;
        }
        double top = model.topProperty().get();
        double viewport = model.viewport();
        if (c != drawnFor || top < windowFrom || top + viewport > windowTo) {
            drawWindow(c, top, viewport);
        }
        page.setTranslateY(originY - top);
        page.readOnly(top - originY, top - originY + viewport); // screen readers read the lines in view
        syncBar(c, top, viewport);
    }

    private void drawWindow(ScrollColumn c, double top, double viewport) {
        int from = c.lineAt(top - BUFFER_SCREENS * viewport);
        int to = c.lineAt(top + viewport + BUFFER_SCREENS * viewport) + 1;
        originY = c.top(from);
        PageSpec spec = c.spec();
        Page lines = c.window(from, to, originY);
        double height = Math.max(1, c.bottom(to - 1) - originY);
        PageSpec windowSpec = new PageSpec(spec.width(), height,
                new PageSpec.Margins(0, spec.margins().right(), 0, spec.margins().left()), spec.typography());
        page.show(lines, windowSpec, top - originY, top - originY + viewport);
        page.relocate(0, 0);
        windowFrom = from == 0 ? Double.NEGATIVE_INFINITY : originY;
        windowTo = to >= c.lineCount() ? Double.POSITIVE_INFINITY : c.bottom(to - 1);
        drawnFor = c;
        redraws++;
        onWindowDrawn.accept(lines, windowSpec);
    }

    private void syncBar(ScrollColumn c, double top, double viewport) {
        if (bar == null) {
            return;
        }
        double max = c.maxScrollTop(viewport);
        syncing = true;
        try {
            bar.setMin(0);
            bar.setMax(max);
            bar.setVisibleAmount(max * viewport / c.scrollHeight(viewport));
            double line = c.line(c.readingLine(top)).height();
            bar.setUnitIncrement(line);
            bar.setBlockIncrement(Math.max(1, viewport - line)); // a click on the track: a screen less a line
            bar.setValue(top);
        } finally {
            syncing = false;
        }
    }

    private ScrollBar bar() {
        ScrollBar made = new ScrollBar();
        made.setOrientation(Orientation.VERTICAL);
        made.setId("scroll-bar");
        made.getStyleClass().add("reader-scroll-bar");
        made.setManaged(false);
        made.setViewOrder(-1);
        made.setFocusTraversable(false);
        made.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.scrollTo(now.doubleValue());
            }
        });
        area.getChildren().add(made);
        return made;
    }

    private void placeBar() {
        if (bar == null) {
            return;
        }
        bar.resizeRelocate(area.getWidth() - BAR_WIDTH, 0, BAR_WIDTH, area.getHeight());
    }
}
