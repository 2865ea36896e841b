package quire.ui.panel;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Quiet messages at the top of the window, such as "your settings file was damaged and set aside".
 * Each stays until the reader dismisses it; none blocks reading.
 */
public final class NoticeBar extends VBox {

    public NoticeBar() {
        getStyleClass().add("notices");
        setManaged(false);
        setVisible(false);
    }

    public void show(String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("Dismiss");
        dismiss.setFocusTraversable(true);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, text, dismiss);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("notice");
        dismiss.setOnAction(e -> {
            getChildren().remove(row);
            update();
        });
        getChildren().add(row);
        update();
    }

    public int count() {
        return getChildren().size();
    }

    private void update() {
        boolean any = !getChildren().isEmpty();
        setManaged(any);
        setVisible(any);
    }
}
