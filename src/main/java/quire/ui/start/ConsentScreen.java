package quire.ui.start;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import quire.story.RatingLevel;
import quire.story.Story;
import quire.story.StoryHead;
import quire.ui.panel.StoryInfoCard;

/**
 * The first screen. For mature, explicit or unrated stories it is a gate, like AO3's adult-content
 * notice: the text stays hidden until the reader chooses "Start reading" (Enter). For general and teen
 * stories it is a title page with the same facts and a lighter message. "Leave" (Esc) closes Quire, and
 * "Don't ask again for this story" skips the screen next time.
 */
public final class ConsentScreen extends ScrollPane {

    /** What the reader can decide here. */
    public interface Choices {
        void startReading(boolean dontAskAgain);

        void leave();
    }

    private final Button start = new Button("Start reading");
    private final Button leave = new Button("Leave");
    private final CheckBox dontAskAgain = new CheckBox("Don\u2019t ask again for this story");
    private final StoryInfoCard card;
    private final java.util.function.DoubleSupplier wordsPerMinute;

    /**
     * {@code wordsPerMinute}: the reader's pace, for the story's reading time, asked only when that time is
     * shown (for a long story it may wait for the story's hash, which is taken before its text is read).
     * {@code termsChanged}: the reader had chosen not to be asked again, but the story's rating or warnings
     * have changed since.
     */
    public ConsentScreen(StoryHead story, boolean termsChanged, boolean hideWarnings,
                         java.util.function.DoubleSupplier wordsPerMinute, Choices choices) {
        this.wordsPerMinute = wordsPerMinute;
        getStyleClass().add("consent-screen");
        setFitToWidth(true);
        setFitToHeight(true);
        RatingLevel level = RatingLevel.of(story.metadata().rating());

        start.setDefaultButton(true);
        start.setId("start-reading");
        start.setOnAction(e -> choices.startReading(dontAskAgain.isSelected()));
        leave.setCancelButton(true);
        leave.setId("leave");
        leave.setOnAction(e -> choices.leave());
        dontAskAgain.setId("dont-ask-again");

        card = new StoryInfoCard(story.metadata(), hideWarnings, wordsPerMinute);
        card.getChildren().add(0, StoryInfoCard.text(headline(level), "eyebrow", "consent-headline"));
        Label promise = StoryInfoCard.text(level.needsConsent()
                        ? "The story is shown only after you choose Start reading. Choosing it means you are "
                                + "willing to read content of this kind."
                        : "Press Enter or choose Start reading when you are ready.",
                "consent-message", "consent-message");
        HBox buttons = new HBox(12, start, leave);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox decision = new VBox(12, promise, dontAskAgain, buttons);
        if (termsChanged) {
            decision.getChildren().add(0, StoryInfoCard.text("This story\u2019s rating or warnings have changed since you "
                    + "chose not to be asked again, so Quire asks once more.", "consent-changed", "consent-changed"));
        }
        decision.getStyleClass().add("decision");
        card.getChildren().add(decision);
        getStyleClass().add(level.needsConsent() ? "gate" : "title-page");
        setContent(StoryInfoCard.centred(card));
    }

    private static String headline(RatingLevel level) {
        return switch (level) {
            case MATURE, EXPLICIT -> "This story may contain adult content";
            case NOT_RATED -> "This story is not rated: it may contain adult content";
            case GENERAL, TEEN -> "About this story";
        };
    }

    /** The story's text is read: its length and reading time join the facts. */
    public void showLength(Story text) {
        card.showLength(text, wordsPerMinute.getAsDouble());
    }

    /**
     * While "Start reading" waits for a long story's text, the button says so (pressing it again only
     * waits on; the focus stays, so a second Enter never lands on "Leave").
     */
    public void showWaiting(boolean waiting) {
        start.setText(waiting ? "Opening the story\u2026" : "Start reading");
    }

    /** Presses "Start reading", with the state of "don't ask again". */
    public void start() {
        start.fire();
    }

    /** Focus starts on "Start reading", the default choice. */
    public void focusDefault() {
        start.requestFocus();
    }
}
