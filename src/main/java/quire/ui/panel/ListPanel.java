package quire.ui.panel;

import quire.ui.command.Keys;
import quire.ui.command.ReaderCommand;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the panels that list places to go share (the contents, every search match): Enter or a click
 * chooses the selected row, the chosen row is in view when the panel opens, and a card holds the title,
 * the list and a Close button.
 */
public final class ListPanel {
    private ListPanel() {
    }

    /** Runs {@code choose} on Enter and on a click that did not drag. */
    public static void onChoose(ListView<?> list, Runnable choose) {
        list.setOnKeyPressed(event -> {
            if (Keys.MAP.means(event, ReaderCommand.ACCEPT)) {
                choose.run();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                choose.run();
            }
        });
    }

    /** Selects row {@code index} and scrolls so a few rows before it show too. */
    public static void selectInView(ListView<?> list, int index) {
        if (index >= 0 && index < list.getItems().size()) {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 3));
        }
    }

    /** A card with {@code title}, {@code list} and a Close button that runs {@code close}. */
    public static VBox card(Node title, ListView<?> list, Runnable close) {
        Button done = new Button("Close");
        done.setOnAction(e -> close.run());
        BorderPane bottom = new BorderPane();
        bottom.setRight(done);
        VBox card = new VBox(12, title, list, bottom);
        card.getStyleClass().add("card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return card;
    }
}
