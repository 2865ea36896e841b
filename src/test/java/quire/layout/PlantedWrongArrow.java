package quire.layout;

import quire.ui.FxTextMeasurer;

/**
 * A wrong arrow kept on purpose, for {@code quire.architecture.LayeringTest} only: the engine reaching
 * up into the screens for their JavaFX measurer instead of taking a {@link TextMeasurer}. The layering
 * rule must fail on it and name this class. Never copy it into main.
 */
final class PlantedWrongArrow {
    private PlantedWrongArrow() {
    }

    static TextMeasurer measurer(FxTextMeasurer fx) {
        return fx;
    }
}
