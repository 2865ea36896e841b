package quire.ui.reading;

import javafx.animation.FadeTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * A quick fade-in of the new page, so the eye registers the turn. Never a slide: the text does not move,
 * and a turn during the fade simply restarts it, so turns cannot pile up.
 */
final class PageTurnFade {
    private final FadeTransition fade = new FadeTransition(Duration.millis(140));
    private final Node pages;

    PageTurnFade(Node pages) {
        this.pages = pages;
        fade.setNode(pages);
        fade.setFromValue(0.55);
        fade.setToValue(1);
    }

    /** Fades the turned page in; with {@code still} (reduce motion, reading aloud) it just shows it. */
    void turned(boolean still) {
        fade.stop();
        if (still) {
            pages.setOpacity(1);
        } else {
            fade.playFromStart();
        }
    }

    /** Shows the pages at once, ending a fade (Scroll mode has no turns). */
    void stop() {
        fade.stop();
        pages.setOpacity(1);
    }
}
