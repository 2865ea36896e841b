package quire.ui.reading;

import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.scene.input.ScrollEvent;
import quire.ui.scroll.ScrollModel;

/**
 * The mouse wheel over the page. On pages, one page per notch: touchpads and fast wheels send bursts of
 * events, so after a turn further events in the same direction are ignored for {@link #LOCK_NANOS}, and
 * a flick turns pages at a readable pace instead of racing to the end. In Scroll mode the column follows
 * the wheel and the touchpad by their own pixels (a notch is 40 px). JavaFX's sign: a negative delta is
 * "wheel down".
 */
final class WheelTurns {
    static final long LOCK_NANOS = 150_000_000L;
    /** Scroll mode: pixels of text per pixel of wheel delta (a notch moves about two lines). */
    static final double PIXELS = 1.5;

    private final ScrollModel scroll;
    private final IntConsumer turn;
    private final LongSupplier nanoTime;
    private int lastDirection;
    private long lastTurn;

    /** {@code turn} gets +1 for the next page and -1 for the previous one. */
    WheelTurns(ScrollModel scroll, IntConsumer turn, LongSupplier nanoTime) {
        this.scroll = scroll;
        this.turn = turn;
        this.nanoTime = nanoTime;
    }

    void onScroll(ScrollEvent event) {
        event.consume();
        if (scroll.active()) {
            scroll.scrollBy(-event.getDeltaY() * PIXELS);
            return;
        }
        wheel(event.getDeltaY() != 0 ? event.getDeltaY() : event.getDeltaX());
    }

    /** A wheel event of {@code delta} on pages. */
    void wheel(double delta) {
        if (delta == 0) {
            return;
        }
        int direction = delta < 0 ? 1 : -1;
        long now = nanoTime.getAsLong();
        if (direction == lastDirection && now - lastTurn < LOCK_NANOS) {
            return;
        }
        lastDirection = direction;
        lastTurn = now;
        turn.accept(direction);
    }
}
