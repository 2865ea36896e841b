package quire.ui.command;

import static javafx.scene.input.KeyCode.*;
import static quire.ui.command.HelpRow.keys;
import static quire.ui.command.HelpRow.row;
import static quire.ui.command.ReaderCommand.*;
import static quire.ui.command.ReaderCommand.ESCAPE;
import static quire.ui.command.ReaderCommand.UNDO;

import java.util.List;

/** Bookmarks, highlights, notes and the marks panel. Ctrl+Enter saves a note in the note editor. */
final class MarkKeys {
    static final FeatureKeys KEYS = new FeatureKeys("marks", List.of(
            Binding.of(BOOKMARK, Chord.key(B), Chord.ctrl(D)),
            Binding.of(HIGHLIGHT, Chord.key(H)),
            Binding.of(NOTE, Chord.key(N)),
            Binding.of(SAVE_NOTE, Chord.ctrl(ENTER)),
            Binding.of(DELETE_MARK, Chord.key(DELETE), Chord.key(BACK_SPACE)),
            Binding.of(UNDO, Chord.ctrl(Z)),
            Binding.of(MARKS, Chord.key(M))), List.of(
            row("Bookmark the page (or remove it)",
                    "bookmark the page in view, or remove its bookmark (a ribbon in the page's corner)", keys(BOOKMARK)),
            row("Highlight the selection; again: next colour",
                    "highlight the selection; again: next colour (yellow, green, blue, pink)", keys(HIGHLIGHT)),
            row("Note on the selection or highlight", "note on the selection or its highlight (a dot in the margin "
                    + "shows it; hover to read, click to edit)",
                    keys(NOTE), keys(SAVE_NOTE).saying("saves"), keys(ESCAPE).saying("cancels")),
            row("Remove a highlight / undo removals", "remove the highlight under the selection or clicked (or the one "
                    + "just made) / bring back the marks removed, the latest first (up to 20)",
                    keys(DELETE_MARK), keys(UNDO)),
            row("Marks: go to, delete, export", "marks panel: every bookmark and highlight with its page; Enter goes "
                    + "there, Delete removes (Ctrl+Z undoes), a filter, Export… (Markdown or JSON), Copy as Markdown",
                    keys(MARKS))));

    private MarkKeys() {
    }
}
