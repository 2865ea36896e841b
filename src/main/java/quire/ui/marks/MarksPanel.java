package quire.ui.marks;

import quire.ui.command.Keys;
import quire.ui.command.ReaderCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import quire.marks.ExportFormat;
import quire.place.TextRange;
import quire.marks.Mark;

/**
 * The marks panel (M): every bookmark and highlight in story order with its page, colour, first words
 * and note. Arrow keys and Enter, or a click, go to a mark; Delete removes it and Ctrl+Z brings it back;
 * a filter shows all, bookmarks, highlights or notes. A mark whose words were not found in this version
 * of the story is listed as such, with its quote and note; Place on the selection puts it on the words
 * the reader selected, or Delete removes it. Export… writes a file the reader chooses, as
 * Markdown or as JSON (W3C Web Annotations): a name ending in .md or .json says which, any other name
 * gets the type chosen in the dialog. Copy as Markdown puts the Markdown on the clipboard.
 */
public final class MarksPanel extends StackPane {
    /** What the panel asks of the reading view. */
    public record Actions(Function<Mark, String> whereOf, java.util.function.Consumer<Mark> goTo,
                          Function<ExportFormat, String> export, String exportName, Runnable close,
                          Supplier<Optional<TextRange>> selection, Runnable clearSelection) {
    }

    private final MarksModel marks;
    private final Actions actions;
    private final ListView<Mark> list = new ListView<>();
    private final ChoiceBox<MarkFilter> filter = new ChoiceBox<>();
    private final Label status = new Label();
    private final Button place = new Button("Place on the selection");
    /** Kept by the panel so the weak listener lives as long as the panel does. */
    private final javafx.beans.InvalidationListener refreshOnChange = o -> refresh();

    public MarksPanel(MarksModel marks, Actions actions) {
        this.marks = marks;
        this.actions = actions;
        getStyleClass().add("overlay");
        Label title = new Label("Marks");
        title.getStyleClass().add("panel-title");
        filter.getItems().setAll(MarkFilter.values());
        filter.setValue(MarkFilter.ALL);
        filter.setId("marks-filter");
        filter.valueProperty().addListener((o, was, now) -> refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label show = new Label("Show");
        show.setLabelFor(filter);
        HBox top = new HBox(12, title, gap, show, filter);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        list.setId("marks-list");
        title.setLabelFor(list); // screen readers name the list by its title
        list.setPrefSize(660, 420);
        list.setCellFactory(view -> new MarkCell(actions.whereOf()));
        Label none = new Label("No marks yet. B bookmarks a page; select words and press H to highlight them.");
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && event.getClickCount() == 1) {
                chooseSelected();
            }
        });
        marks.bookProperty().addListener(new javafx.beans.WeakInvalidationListener(refreshOnChange));
        status.getStyleClass().add("match-page");
        status.setId("marks-status");
        status.setWrapText(true);
        status.setMaxWidth(660);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // Empty, it takes no room: in a short window the list keeps that room for its marks.
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        VBox card = new VBox(12, top, list, status, buttons());
        card.getStyleClass().add("card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        refresh();
    }

    public void focusDefault() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Shows only the marks {@code kind} keeps. */
    public void show(MarkFilter kind) {
        filter.setValue(kind);
    }

    /** Writes the marks to {@code file}, as JSON if its name ends in .json, else as Markdown. */
    public boolean exportTo(Path file) {
        return exportTo(file, ExportFormat.named(file.toString(), ExportFormat.MARKDOWN));
    }

    /** Writes the marks to {@code file} in {@code format}; false (with the reason shown) when it cannot. */
    public boolean exportTo(Path file, ExportFormat format) {
        try {
            Files.writeString(file, actions.export().apply(format), StandardCharsets.UTF_8);
            status.setText("Exported to " + file);
            return true;
        } catch (IOException | RuntimeException e) {
            status.setText("Could not write " + file + ": " + quire.settings.WriteProblem.inWords(e));
            return false;
        }
    }

    public void copyMarkdown() {
        ClipboardContent content = new ClipboardContent();
        content.putString(actions.export().apply(ExportFormat.MARKDOWN));
        Clipboard.getSystemClipboard().setContent(content);
        status.setText("Copied as Markdown.");
    }

    private javafx.scene.layout.FlowPane buttons() {
        Button export = new Button("Export\u2026");
        export.setId("marks-export");
        export.setOnAction(e -> chooseAndExport());
        Button copy = new Button("Copy as Markdown");
        copy.setId("marks-copy");
        copy.setOnAction(e -> copyMarkdown());
        Button close = new Button("Close");
        close.setOnAction(e -> actions.close().run());
        place.setId("marks-place");
        place.setOnAction(e -> placeSelected());
        place.managedProperty().bind(place.visibleProperty());
        place.setVisible(false);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            place.setVisible(now != null && !now.found());
            if (now != null && !now.found()) {
                status.setText(notFoundHint());
            }
        });
        // A row that wraps: in a narrow window the buttons go onto a second line instead of being cut.
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 8, export, copy, place, close);
        for (Button button : new Button[] {export, copy, place, close}) {
            button.setMinWidth(USE_PREF_SIZE);
        }
        return row;
    }

    /**
     * The file is written exactly where the dialog says (it asked before replacing that one): the
     * Windows and macOS dialogs change the name's extension with the type chosen, GTK's leaves the name
     * as typed, so there a name ending in .md or .json decides and the type chosen counts for any other.
     */
    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export marks");
        chooser.setInitialFileName(actions.exportName());
        List<FileChooser.ExtensionFilter> filters = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            filters.add(new FileChooser.ExtensionFilter(format.label() + " (*." + format.extension() + ")",
                    "*." + format.extension()));
        }
        chooser.getExtensionFilters().setAll(filters);
        java.io.File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            int type = filters.indexOf(chooser.getSelectedExtensionFilter());
            ExportFormat byType = type < 0 ? ExportFormat.MARKDOWN : ExportFormat.values()[type];
            exportTo(chosen.toPath(), ExportFormat.named(chosen.getName(), byType));
        }
    }

    private void onKey(KeyEvent event) {
        Mark selected = list.getSelectionModel().getSelectedItem();
        if (Keys.MAP.means(event, ReaderCommand.ACCEPT)) {
            chooseSelected();
        } else if (Keys.MAP.means(event, ReaderCommand.DELETE_MARK) && selected != null) {
            int index = list.getSelectionModel().getSelectedIndex();
            marks.remove(selected.id());
            status.setText("Removed. Ctrl+Z brings it back.");
            list.getSelectionModel().select(Math.min(index, list.getItems().size() - 1));
        } else if (Keys.MAP.means(event, ReaderCommand.UNDO)) {
            marks.undoRemoval();
            status.setText(marks.canUndoProperty().get() ? "Brought back. Ctrl+Z again brings back the one before." : "");
        } else {
            return;
        }
        event.consume();
    }

    private void chooseSelected() {
        Mark selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && selected.found()) {
            actions.goTo().accept(selected);
            actions.close().run();
        } else if (selected != null) {
            status.setText(notFoundHint());
        }
    }

    private String notFoundHint() {
        return actions.selection().get().isPresent()
                ? "Its words were not found in this version. Place on the selection puts it on the words selected."
                : "Its words were not found in this version. Select the words it belongs on in the story, then "
                + "open Marks again and choose Place on the selection; or press Delete to remove it.";
    }

    /** A mark that was not found, put on the words the reader selected. */
    private void placeSelected() {
        Mark selected = list.getSelectionModel().getSelectedItem();
        Optional<TextRange> words = actions.selection().get();
        if (selected == null || selected.found()) {
            return;
        }
        if (words.isEmpty()) {
            status.setText("Select the words it belongs on in the story first, then open Marks again.");
            return;
        }
        marks.placeAgain(selected.id(), words.get());
        actions.clearSelection().run(); // as H leaves the highlight to be seen, not the selection over it
        status.setText("Placed on the selected words.");
        list.getItems().stream().filter(m -> m.id().equals(selected.id())).findFirst()
                .ifPresent(m -> list.getSelectionModel().select(m));
    }

    private void refresh() {
        Mark selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(marks.book().marks().stream().filter(filter.getValue()::keeps).toList());
        if (selected != null) {
            list.getItems().stream().filter(m -> m.id().equals(selected.id())).findFirst()
                    .ifPresent(m -> list.getSelectionModel().select(m));
        }
    }
}
