package quire.ui;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A small editor for the note on a highlight (N): the highlighted words above, the note below. Save
 * or Ctrl+Enter keeps it (an empty note removes the note, not the highlight); Cancel or Esc leaves it.
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
        note.setId("note-text");
        note.setText(currentNote);
        note.setWrapText(true);
        note.setPrefSize(520, 160);
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
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
        Label hint = new Label("Ctrl+Enter saves, Esc cancels");
        hint.getStyleClass().add("match-page");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox card = new VBox(12, title, words, note, new HBox(8, hint, gap, leave, keep));
        card.getStyleClass().add("card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
    }

    public void focusDefault() {
        note.requestFocus();
        note.end();
    }
}
