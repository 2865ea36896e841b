package quire.settings;

import java.util.Optional;

/** Where the window was and how big, to reopen it the same way. Position is absent until first saved. */
public record WindowPlacement(Optional<Double> x, Optional<Double> y, double width, double height, boolean maximized) {
    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 820;
    public static final WindowPlacement DEFAULT = new WindowPlacement(Optional.empty(), Optional.empty(),
            DEFAULT_WIDTH, DEFAULT_HEIGHT, false);

    public WindowPlacement {
        x = x == null ? Optional.empty() : x.filter(Double::isFinite);
        y = y == null ? Optional.empty() : y.filter(Double::isFinite);
        width = Double.isFinite(width) && width >= 320 ? Math.min(width, 20000) : DEFAULT_WIDTH;
        height = Double.isFinite(height) && height >= 240 ? Math.min(height, 20000) : DEFAULT_HEIGHT;
    }
}
