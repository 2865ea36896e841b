package quire.ui.scroll;

import javafx.animation.AnimationTimer;

/**
 * Scroll mode's column moving under a selecting drag: while the pointer is held above the text area's
 * top or below its bottom, each frame scrolls the column by {@link AutoScrollSpeed} and tells the drag
 * to extend the selection to the pointer again (the pointer is still, the text under it is not). It
 * stops when the pointer comes back inside, the button is released, or Scroll mode is left. Paged mode
 * never starts it.
 */
public final class DragAutoScroll {
    private final ScrollModel scroll;
    private final AutoScrollSpeed speed;
    private final Runnable afterMove;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private boolean running;
    private long lastFrame = -1;
    private double pointerY;
    private double height;

    /** @param afterMove run after each frame that moved the column (the drag extends its selection) */
    public DragAutoScroll(ScrollModel scroll, AutoScrollSpeed speed, Runnable afterMove) {
        this.scroll = scroll;
        this.speed = speed;
        this.afterMove = afterMove;
    }

    /** True in Scroll mode, where a drag may scroll the column. */
    public boolean applies() {
        return scroll.active();
    }

    /** The pointer is at {@code y} over an area {@code height} tall: starts or stops the scrolling. */
    public void follow(double y, double height) {
        pointerY = y;
        this.height = height;
        if (applies() && speed.pixelsPerSecond(y, height) != 0) {
            if (!running) {
                running = true;
                lastFrame = -1;
                frames.start();
            }
        } else {
            stop();
        }
    }

    /** The button was released (or the drag otherwise ended). */
    public void stop() {
        if (running) {
            running = false;
            frames.stop();
        }
    }

    boolean isRunning() {
        return running;
    }

    private void frame(long now) {
        if (!applies()) {
            stop();
            return;
        }
        // The first frame has no frame before it: count it as one frame at 60 a second.
        long elapsed = lastFrame < 0 ? 16_666_667L : now - lastFrame;
        lastFrame = now;
        double before = scroll.topProperty().get();
        scroll.scrollBy(speed.pixelsFor(pointerY, height, elapsed));
        if (scroll.topProperty().get() != before) {
            afterMove.run();
        }
    }
}
