package quire.ui.command;

import static javafx.scene.input.KeyCode.A;
import static javafx.scene.input.KeyCode.C;
import static javafx.scene.input.KeyCode.INSERT;
import static quire.ui.command.HelpRow.keys;
import static quire.ui.command.HelpRow.row;
import static quire.ui.command.HelpRow.words;
import static quire.ui.command.ReaderCommand.COPY;
import static quire.ui.command.ReaderCommand.ESCAPE;
import static quire.ui.command.ReaderCommand.SELECT_ALL;

import java.util.List;

/** Selecting and copying: the mouse selects, the keys copy, select what is in view and clear. */
final class SelectionKeys {
    static final FeatureKeys KEYS = new FeatureKeys("selection", List.of(
            Binding.of(COPY, Chord.ctrl(C)).quietly(Chord.ctrl(INSERT)),
            Binding.of(SELECT_ALL, Chord.ctrl(A))), List.of(
            row("Select", words("drag (across lines, paragraphs and both pages); double-click a word, "
                    + "triple-click a paragraph; Shift+click extends")),
            row("Copy / select the pages in view", "copy the selection exactly as written / select the pages in view",
                    keys(COPY).and("right-click: Copy with reference"), keys(SELECT_ALL)),
            row("Clear the selection, close the search bar", keys(ESCAPE))));

    private SelectionKeys() {
    }
}
