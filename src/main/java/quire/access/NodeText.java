package quire.access;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;

/**
 * The Text interface of one node, from its TEXT, CARET_OFFSET, SELECTION_START/END, BOUNDS_FOR_RANGE
 * and OFFSET_AT_POINT attributes. A node that cannot place its characters gives its own bounds for
 * each of them, which is all a plain label can say. UI thread only.
 */
final class NodeText {
    private final Node node;
    private final NodeReader reader;

    NodeText(Node node, NodeReader reader) {
        this.node = node;
        this.reader = reader;
    }

    String text() {
        return reader.text(node);
    }

    String text(int start, int end) {
        String text = text();
        int from = clamp(start, text);
        int to = end < 0 ? text.length() : clamp(end, text);
        return from >= to ? "" : text.substring(from, to);
    }

    int caret() {
        return FxNodeSource.integer(node, AccessibleAttribute.CARET_OFFSET, 0);
    }

    /** The selection's ends, start first; empty (start == end) when nothing is selected. */
    int[] selection() {
        int start = FxNodeSource.integer(node, AccessibleAttribute.SELECTION_START, -1);
        int end = FxNodeSource.integer(node, AccessibleAttribute.SELECTION_END, -1);
        if (start < 0 || end < 0 || start == end) {
            return new int[] {0, 0};
        }
        return new int[] {Math.min(start, end), Math.max(start, end)};
    }

    boolean select(int start, int end) {
        try {
            node.executeAccessibleAction(AccessibleAction.SET_TEXT_SELECTION, start, end);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** Where the characters {@code [start, end)} are drawn on screen; null where the node cannot say. */
    Bounds rangeBounds(int start, int end) {
        Object boxes = FxNodeSource.attribute(node, AccessibleAttribute.BOUNDS_FOR_RANGE, start,
                Math.max(start, end - 1));
        Bounds union = boxes instanceof Bounds[] ? Coordinates.union((Bounds[]) boxes) : null;
        return union != null ? union : reader.screenBounds(node);
    }

    int offsetAt(Point2D screen) {
        Object offset = FxNodeSource.attribute(node, AccessibleAttribute.OFFSET_AT_POINT, screen);
        return offset instanceof Number ? ((Number) offset).intValue() : -1;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
