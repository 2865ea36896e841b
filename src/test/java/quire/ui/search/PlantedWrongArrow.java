package quire.ui.search;

import quire.ui.marks.MarksModel;

/**
 * A wrong arrow kept on purpose, for {@code quire.architecture.LayeringTest} only: the search room
 * reaching sideways into the marks room instead of each feature keeping to its own. The rooms rule must
 * fail on it and name this class. Never copy it into main.
 */
final class PlantedWrongArrow {
    private PlantedWrongArrow() {
    }

    static boolean anyMarks(MarksModel marks) {
        return !marks.book().marks().isEmpty();
    }
}
