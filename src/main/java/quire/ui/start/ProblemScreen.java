package quire.ui.start;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import quire.story.StoryException;
import quire.ui.panel.ScrollingCard;

/**
 * Shown instead of a story that cannot be opened: the message in plain words, and what the reader can
 * do next (read the story Quire ships, or quit). Never a stack trace.
 */
public final class ProblemScreen extends StackPane {
    private final Button quit = new Button("Quit");
    private Button first = quit;

    public ProblemScreen(StoryException problem, Optional<Runnable> openBundled, Runnable quitAction) {
        getStyleClass().add("problem-screen");
        Label heading = new Label("This story cannot be opened");
        heading.getStyleClass().add("problem-heading");
        heading.setWrapText(true);
        heading.setMinHeight(USE_PREF_SIZE);
        Label message = new Label(problem.getMessage());
        message.getStyleClass().add("problem-message");
        message.setWrapText(true);
        message.setId("problem-message");

        quit.setCancelButton(true);
        quit.setOnAction(e -> quitAction.run());
        // A row that wraps: in a narrow window the second button goes below the first instead of being cut.
        FlowPane buttons = new FlowPane(12, 12);
        buttons.setAlignment(Pos.CENTER_LEFT);
        openBundled.ifPresent(action -> {
            Button bundled = new Button("Read the story Quire ships with");
            bundled.setDefaultButton(true);
            bundled.setOnAction(e -> action.run());
            buttons.getChildren().add(bundled);
            first = bundled;
        });
        buttons.getChildren().add(quit);
        buttons.getChildren().forEach(button -> ((Button) button).setMinWidth(USE_PREF_SIZE));

        VBox card = new VBox(16, heading, message, buttons);
        card.getStyleClass().add("card");
        card.setMaxWidth(620);
        card.setMaxHeight(USE_PREF_SIZE);
        // A long message (a long file name, a parse error) scrolls inside the card in a short window.
        getChildren().add(new ScrollingCard(card));
    }

    /** Focus starts on the first button so Enter and Space do the obvious thing. */
    public void focusDefault() {
        first.requestFocus();
    }
}
