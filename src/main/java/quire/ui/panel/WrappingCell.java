package quire.ui.panel;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/**
 * A list row drawn by its graphic alone, exactly as wide as the list shows it: its words wrap to the
 * list's width instead of running past the list's edge behind a sideways scroll bar, and the row is as
 * tall as its wrapped lines. A row's graphic gives its words room to shrink (a least width of 0, growing
 * to fill the row).
 */
public abstract class WrappingCell<T> extends ListCell<T> {
    protected WrappingCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** No wider than the list makes it: the list never scrolls sideways for a row. */
    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight();
    }

    /** As tall as the row's wrapped words at the width the list gives the row. */
    @Override
    protected double computePrefHeight(double width) {
        Node row = getGraphic();
        if (row == null || width <= 0) {
            return super.computePrefHeight(width);
        }
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + row.prefHeight(width - in.getLeft() - in.getRight());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Node row = getGraphic();
        if (row != null) {
            Insets in = getInsets();
            row.resizeRelocate(in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                    getHeight() - in.getTop() - in.getBottom());
        }
    }
}
