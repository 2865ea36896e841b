package quire.ui.reading;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import quire.story.Story;
import quire.ui.panel.ScrollingCard;
import quire.ui.panel.StoryInfoCard;

/**
 * The story's metadata over the page (key I), with the author's end notes, which the first screen
 * leaves out as they may give the story away, and the reader's time and pace ({@link PaceText}), with
 * the reading time worked out at that pace. Esc or "Back to the story" returns to the same page.
 * When the reader had chosen not to be asked again, "Ask me again next time" undoes that.
 */
public final class StoryInfoOverlay extends StackPane {
    private final Button back = new Button("Back to the story");

    public StoryInfoOverlay(Story story, boolean hideWarnings, boolean consentSkipped, Pace pace, Runnable close,
                            Runnable askAgain) {
        getStyleClass().add("overlay");
        StoryInfoCard card = new StoryInfoCard(story, hideWarnings,
                quire.pace.ReadingPace.forStory(pace.story(), pace.overall()));
        story.metadata().endNotes().ifPresent(notes ->
                card.getChildren().add(card.getChildren().size() - 1, StoryInfoCard.field("End notes", notes, "end-notes")));
        card.getChildren().add(StoryInfoCard.text(PaceText.of(pace.story(), pace.overall()), "stats", "pace"));
        back.setId("back-to-story");
        back.setDefaultButton(true);
        back.setOnAction(e -> close.run());
        // A row that wraps: in a narrow window the second button goes below the first instead of being cut.
        FlowPane buttons = new FlowPane(12, 12, back);
        buttons.setAlignment(Pos.CENTER_LEFT);
        back.setMinWidth(USE_PREF_SIZE);
        if (consentSkipped) {
            Button ask = new Button("Ask me before this story again");
            ask.setId("ask-again");
            ask.setMinWidth(USE_PREF_SIZE);
            ask.setOnAction(e -> {
                askAgain.run();
                buttons.getChildren().remove(ask);
            });
            buttons.getChildren().add(ask);
        }
        card.getChildren().add(buttons);
        getChildren().add(new ScrollingCard(card));
    }

    /** The reader's pace in this story and over all stories. */
    public record Pace(quire.pace.ReadingPace story, quire.pace.ReadingPace overall) {
    }

    public void focusDefault() {
        // In a scroll pane the button is in the scene only once the pane's skin exists: make it first, or
        // the focus stays on the page behind the panel.
        applyCss();
        back.requestFocus();
    }
}
