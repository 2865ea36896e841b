package quire.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard help (? or F1): every key the reader has, as in product.md. Esc closes it. */
public final class HelpOverlay extends StackPane {
    private static final String[][] KEYS = {
        {"Next page", "Right, Page Down, Space, Down, click right third, wheel down"},
        {"Previous page", "Left, Page Up, Shift+Space, Up, click left third, wheel up"},
        {"First / last page", "Home / End"},
        {"Scroll mode (Settings, Pages: Scroll)", "Down / Up a line; Space, Page Down / Page Up a screen; wheel"},
        {"Go to page", "G"},
        {"Contents (chapters) / next, previous chapter", "C  /  Ctrl+Page Down, Ctrl+Page Up"},
        {"Bigger / smaller / default text", "Ctrl+=  /  Ctrl+-  /  Ctrl+0"},
        {"Next theme (Light, Sepia, Dark, Black)", "T"},
        {"Search / list all matches", "Ctrl+F or /  /  Ctrl+Shift+F"},
        {"Next / previous match", "Enter, F3  /  Shift+Enter, Shift+F3"},
        {"Select", "Drag; double-click a word, triple-click a paragraph; Shift+click extends"},
        {"Copy / select pages in view", "Ctrl+C (right-click: Copy with reference)  /  Ctrl+A"},
        {"Clear the selection, close search", "Esc"},
        {"Bookmark the page (or remove it)", "B or Ctrl+D"},
        {"Highlight the selection / next colour", "H  /  H again"},
        {"Note on the selection or highlight", "N  (Ctrl+Enter saves, Esc cancels)"},
        {"Remove a highlight / undo removals", "Delete or Backspace  /  Ctrl+Z"},
        {"Marks: go to, delete, export as Markdown", "M"},
        {"Read aloud: start, pause and resume / stop", "R  /  Esc"},
        {"Read aloud slower / faster", "Ctrl+[  /  Ctrl+]"},
        {"Story info", "I"},
        {"Reading settings", "S"},
        {"This help", "? or F1"},
        {"Full screen", "F11"},
        {"Close a panel", "Esc"},
        {"Quit", "Ctrl+Q"},
    };

    private final Button close = new Button("Close");

    public HelpOverlay(Runnable onClose) {
        getStyleClass().add("overlay");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int row = 0; row < KEYS.length; row++) {
            Label action = new Label(KEYS[row][0]);
            action.getStyleClass().add("field-value");
            Label keys = new Label(KEYS[row][1]);
            keys.getStyleClass().add("key-names");
            grid.addRow(row, action, keys);
        }
        Label title = new Label("Keys");
        title.getStyleClass().add("story-title");
        close.setDefaultButton(true);
        close.setOnAction(e -> onClose.run());
        VBox card = new VBox(14, title, grid, close);
        card.getStyleClass().add("card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setId("help");
        // The key list is long: in a short window the card scrolls instead of being cut off.
        ScrollPane scroll = new ScrollPane(StoryInfoCard.centred(card));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("overlay-scroll");
        getChildren().add(scroll);
    }

    public void focusDefault() {
        // In a scroll pane the button is in the scene only once the pane's skin exists: make it first, or
        // the focus stays on the page behind the panel.
        applyCss();
        close.requestFocus();
    }
}
