package quire.ui.panel;

import java.util.List;
import quire.ui.command.HelpRow;
import quire.ui.command.Keys;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard help (? or F1): the rows of the one command table ({@link Keys}). Esc closes it. */
public final class HelpOverlay extends StackPane {

    /** The card's width when the window has room; narrower windows narrow it, and its rows wrap. */
    static final double CARD_WIDTH = 860;
    private static final double ACTION_PERCENT = 42;

    private final Button close = new Button("Close");

    public HelpOverlay(Runnable onClose) {
        getStyleClass().add("overlay");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        // Two columns that share the card's width and wrap: no action or key is ever cut short.
        ColumnConstraints actions = new ColumnConstraints();
        actions.setPercentWidth(ACTION_PERCENT);
        ColumnConstraints keyNames = new ColumnConstraints();
        keyNames.setPercentWidth(100 - ACTION_PERCENT);
        grid.getColumnConstraints().setAll(actions, keyNames);
        List<HelpRow> rows = Keys.MAP.helpRows();
        for (int row = 0; row < rows.size(); row++) {
            Label action = new Label(rows.get(row).action());
            action.getStyleClass().add("field-value");
            Label keys = new Label(Keys.MAP.keysText(rows.get(row)));
            keys.getStyleClass().add("key-names");
            for (Label label : new Label[] {action, keys}) {
                label.setWrapText(true);
                label.setMinHeight(USE_PREF_SIZE);
                GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            }
            grid.addRow(row, action, keys);
        }
        Label title = new Label("Keys");
        title.getStyleClass().add("story-title");
        close.setDefaultButton(true);
        close.setOnAction(e -> onClose.run());
        VBox card = new VBox(14, title, grid, close);
        card.getStyleClass().add("card");
        card.setMaxSize(CARD_WIDTH, USE_PREF_SIZE);
        card.setPrefWidth(CARD_WIDTH);
        card.setId("help");
        // The key list is long: in a short window the card scrolls inside itself instead of being cut off.
        getChildren().add(new ScrollingCard(card));
    }

    public void focusDefault() {
        // In a scroll pane the button is in the scene only once the pane's skin exists: make it first, or
        // the focus stays on the page behind the panel.
        applyCss();
        close.requestFocus();
    }
}
