package quire.ui.marks;

import quire.ui.command.Keys;
import quire.ui.command.ReaderCommand;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A small editor for the note on a highlight (N): the highlighted words above, the note below. Save
 * or Ctrl+Enter keeps it (an empty note removes the note, not the highlight); Cancel or Esc leaves it.
 * Typing and pasting stop at {@link quire.marks.Highlight#MAX_NOTE_LENGTH}, with a count in place of the
 * keys' hint as it nears the limit.
 */
public final class NoteEditor extends StackPane {
    private final TextArea note = new TextArea();

    public NoteEditor(String quotedWords, String currentNote, Consumer<String> save, Runnable cancel) {
        getStyleClass().add("overlay");
        Label title = new Label(currentNote.isBlank() ? "Add a note" : "Edit the note");
        title.getStyleClass().add("panel-title");
        Label words = new Label("\u201c" + MarkCell.firstWords(quotedWords) + "\u201d");
        words.getStyleClass().add("mark-quote");
        words.setWrapText(true);
        words.setMaxWidth(520);
        words.setMinHeight(USE_PREF_SIZE);
        note.setId("note-text");
        title.setLabelFor(note); // screen readers name the field "Add a note" or "Edit the note"
        note.setText(currentNote);
        note.setTextFormatter(new TextFormatter<String>(NoteEditor::withinLimit));
        note.setWrapText(true);
        note.setPrefSize(520, 160);
        note.setMinSize(120, 60); // a small window shrinks the box, not the words around it
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.MAP.means(event, ReaderCommand.SAVE_NOTE)) {
                save.accept(note.getText());
                event.consume();
            }
        });
        Button keep = new Button("Save");
        keep.setId("note-save");
        keep.setDefaultButton(false);
        keep.setOnAction(e -> save.accept(note.getText()));
        Button leave = new Button("Cancel");
        leave.setOnAction(e -> cancel.run());
        Label hint = new Label();
        hint.setId("note-hint");
        hint.getStyleClass().add("match-page");
        // Near the limit the count takes the keys' place, so that the row keeps its width.
        hint.textProperty().bind(Bindings.createStringBinding(
                () -> NoteLimit.count(note.getLength()).orElse(Keys.MAP.keysOf(ReaderCommand.SAVE_NOTE) + " saves, "
                        + Keys.MAP.keysOf(ReaderCommand.ESCAPE) + " cancels"), note.lengthProperty()));
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);
        for (Button button : new Button[] {keep, leave}) {
            button.setMinWidth(USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox card = new VBox(12, title, words, note, new HBox(8, hint, gap, leave, keep));
        card.getStyleClass().add("card");
        // In a small window the note's box gives way (down to a few lines), never the words around it.
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setMinSize(0, 0);
        getChildren().add(card);
    }

    /** A keystroke or paste past the note's limit keeps only what fits (see {@link NoteLimit}). */
    private static TextFormatter.Change withinLimit(TextFormatter.Change change) {
        int length = ((TextInputControl) change.getControl()).getLength();
        String fits = NoteLimit.fitting(length, change.getRangeEnd() - change.getRangeStart(), change.getText());
        if (fits.length() < change.getText().length()) {
            change.setText(fits);
            change.selectRange(change.getRangeStart() + fits.length(), change.getRangeStart() + fits.length());
        }
        return change;
    }

    public void focusDefault() {
        note.requestFocus();
        note.end();
    }
}
