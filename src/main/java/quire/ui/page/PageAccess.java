package quire.ui.page;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import quire.layout.LineGeometry;
import quire.layout.Page;
import quire.layout.PageSpec;
import quire.layout.TextMeasurer;
import quire.place.Anchor;
import quire.place.TextRange;
import quire.text.PageText;

/**
 * What a screen reader asks of a drawn page, in offsets of its text ({@link PageText}): where the
 * characters of a range are drawn (one box per line they cover, as {@link LineGeometry} draws a
 * selection), which offset is under a point, and the selection on the page.
 */
final class PageAccess {
    private final Page page;
    private final PageSpec spec;
    private final PageText text;
    private final TextMeasurer measurer;

    PageAccess(Page page, PageSpec spec, PageText text, TextMeasurer measurer) {
        this.page = page;
        this.spec = spec;
        this.text = text;
        this.measurer = measurer;
    }

    /** The boxes of the characters {@code [first, last]} in the view's own coordinates. */
    Bounds[] localBounds(int first, int last) {
        int end = Math.max(first, last) + 1;
        TextRange range = TextRange.between(text.anchorAt(first), text.anchorAt(Math.min(end, text.text().length())));
        if (range.isEmpty()) {
            Anchor at = text.anchorAt(first);
            range = TextRange.inBlock(at.block(), Math.max(0, at.offset() - 1), at.offset());
        }
        List<LineGeometry.Box> boxes = LineGeometry.boxes(page, range, measurer);
        Bounds[] bounds = new Bounds[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            LineGeometry.Box box = boxes.get(i);
            bounds[i] = new BoundingBox(spec.margins().left() + box.x(), spec.margins().top() + box.y(), box.width(),
                    box.height());
        }
        return bounds;
    }

    /** The same boxes on the screen, as JavaFX's BOUNDS_FOR_RANGE gives them. */
    Bounds[] screenBounds(Node view, int first, int last) {
        Bounds[] local = localBounds(first, last);
        Bounds[] screen = new Bounds[local.length];
        for (int i = 0; i < local.length; i++) {
            screen[i] = view.localToScreen(local[i]);
        }
        return screen;
    }

    /** The offset of the character nearest the point {@code (x, y)} in the view's coordinates. */
    int offsetAt(double x, double y) {
        return text.offsetOf(LineGeometry.anchorAt(page, x - spec.margins().left(), y - spec.margins().top(), measurer));
    }

    /** The selection's ends on this page ({@code [0, 0]} for none), from the selections touching it. */
    int[] selection(List<TextRange> selections) {
        for (TextRange selection : selections) {
            int start = text.offsetOf(selection.start());
            int end = text.offsetOf(selection.end());
            if (end > start) {
                return new int[] {start, end};
            }
        }
        return new int[] {0, 0};
    }
}
