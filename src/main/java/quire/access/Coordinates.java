package quire.access;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * AT-SPI's three coordinate systems ({@code AtspiCoordType}): the screen, the window's top-left corner,
 * and the parent's. JavaFX gives bounds on the screen; these convert them, and points back.
 */
record Coordinates(Point2D window, Point2D parent) {
    static final int SCREEN = 0;
    static final int WINDOW = 1;
    static final int PARENT = 2;

    Point2D origin(int coordType) {
        if (coordType == WINDOW) {
            return window;
        }
        return coordType == PARENT ? parent : Point2D.ZERO;
    }

    FourValues<Integer, Integer, Integer, Integer> quad(Bounds screen, int coordType) {
        if (screen == null) {
            return FourValues.box(-1, -1, -1, -1);
        }
        Point2D origin = origin(coordType);
        return FourValues.box((int) Math.round(screen.getMinX() - origin.getX()),
                (int) Math.round(screen.getMinY() - origin.getY()), (int) Math.round(screen.getWidth()),
                (int) Math.round(screen.getHeight()));
    }

    Extents extents(Bounds screen, int coordType) {
        FourValues<Integer, Integer, Integer, Integer> quad = quad(screen, coordType);
        return new Extents(quad.x, quad.y, quad.width, quad.height);
    }

    /** A point given in {@code coordType}, on the screen. */
    Point2D toScreen(int x, int y, int coordType) {
        return origin(coordType).add(x, y);
    }

    /** The smallest box around all of {@code boxes}; null for none. */
    static Bounds union(Bounds[] boxes) {
        if (boxes == null || boxes.length == 0) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bounds box : boxes) {
            if (box != null) {
                minX = Math.min(minX, box.getMinX());
                minY = Math.min(minY, box.getMinY());
                maxX = Math.max(maxX, box.getMaxX());
                maxY = Math.max(maxY, box.getMaxY());
            }
        }
        return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
